package vn.cchc.signing.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.cchc.signing.SigningKeys;

/**
 * The demo's certification authority and the units' demo certificates, made with Bouncy Castle at demo load. Every
 * name says DEMO; the CA's private key lives only in memory while the demo loads, so nothing can be issued later.
 */
public final class DemoCertificates {

    public static final String PASSWORD = "demo";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final KeyPair caKeys;
    private final X509Certificate ca;

    public DemoCertificates() {
        caKeys = ecKeys();
        X500Name name = name("DEMO CA — Ứng dụng Báo cáo CCHC (không có giá trị pháp lý)", "DEMO");
        ca = certificate(name, caKeys, name, caKeys, true, Duration.ofDays(3650));
    }

    public X509Certificate ca() {
        return ca;
    }

    /** A PKCS#12 with the chairman's key ({@code chairman}) and the organisation's ({@code organisation}). */
    public byte[] unitKeystore(String chairmanName, String organisationName) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            KeyPair chairman = ecKeys();
            KeyPair organisation = ecKeys();
            X500Name issuer = X500Name.getInstance(ca.getSubjectX500Principal().getEncoded());
            X509Certificate c = certificate(
                    name("DEMO " + chairmanName, organisationName),
                    chairman,
                    issuer,
                    caKeys,
                    false,
                    Duration.ofDays(3 * 365));
            X509Certificate o = certificate(
                    name("DEMO " + organisationName, organisationName),
                    organisation,
                    issuer,
                    caKeys,
                    false,
                    Duration.ofDays(3 * 365));
            char[] pw = PASSWORD.toCharArray();
            ks.setKeyEntry(SigningKeys.CHAIRMAN_ALIAS, chairman.getPrivate(), pw, new X509Certificate[] {c, ca});
            ks.setKeyEntry(
                    SigningKeys.ORGANISATION_ALIAS, organisation.getPrivate(), pw, new X509Certificate[] {o, ca});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ks.store(out, pw);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot make the demo keystore", e);
        }
    }

    private static X500Name name(String cn, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.OU, "DEMO - không có giá trị pháp lý")
                .addRDN(BCStyle.CN, cn)
                .build();
    }

    private static KeyPair ecKeys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(
            X500Name subject, KeyPair subjectKeys, X500Name issuer, KeyPair issuerKeys, boolean ca, Duration validity) {
        try {
            Instant now = Instant.now().minus(Duration.ofDays(3650)); // valid for the demo's past reports too
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                    issuer,
                    new BigInteger(64, RANDOM),
                    Date.from(now),
                    Date.from(Instant.now().plus(validity)),
                    subject,
                    subjectKeys.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            b.addExtension(
                    Extension.keyUsage,
                    true,
                    ca
                            ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                            : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter()
                    .getCertificate(
                            b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot make a demo certificate", e);
        }
    }
}
