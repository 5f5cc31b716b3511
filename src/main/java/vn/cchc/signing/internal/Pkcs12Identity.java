package vn.cchc.signing.internal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import vn.cchc.signing.SigningIdentity;

/** A key held in the unit's PKCS#12 keystore, signing in process. */
record Pkcs12Identity(PrivateKey key, List<X509Certificate> chain) implements SigningIdentity {

    @Override
    public String signatureAlgorithm() {
        return "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }

    @Override
    public byte[] sign(byte[] toBeSigned) {
        try {
            Signature s = Signature.getInstance(signatureAlgorithm());
            s.initSign(key);
            s.update(toBeSigned);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing with the unit's key failed", e);
        }
    }
}
