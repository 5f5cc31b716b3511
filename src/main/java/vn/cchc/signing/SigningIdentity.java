package vn.cchc.signing;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * One signer's key, wherever it lives. {@link #sign} receives the DER-encoded signed attributes of the CMS
 * signature and returns the raw signature value: a local PKCS#12 key signs them in process; a remote signing
 * service of a Vietnamese CA (the key never leaves the CA; the signer approves on a phone) would send their hash
 * and wait for the value. Only this interface needs implementing for that (docs/signing.md).
 */
public interface SigningIdentity {

    /** The signer's certificate first, then its issuers. */
    List<X509Certificate> chain();

    /** A JCA name such as {@code SHA256withECDSA} or {@code SHA256withRSA}. */
    String signatureAlgorithm();

    byte[] sign(byte[] toBeSigned);
}
