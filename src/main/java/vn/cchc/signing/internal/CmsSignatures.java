package vn.cchc.signing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.cchc.signing.SigningIdentity;

/**
 * The CMS signature a PAdES baseline signature carries (ETSI EN 319 142-1, B-B): detached, SHA-256, with the ESS
 * signing-certificate-v2 attribute and without a signing-time attribute (the time is the signature dictionary's M).
 * With a time-stamping authority configured, the signature value is time-stamped (B-T).
 */
final class CmsSignatures {

    private CmsSignatures() {}

    static byte[] sign(byte[] signedContent, SigningIdentity identity, Optional<TimestampAuthority> tsa) {
        try {
            X509Certificate cert = identity.chain().get(0);
            ContentSigner signer = new DelegatingSigner(identity);
            JcaSignerInfoGeneratorBuilder builder =
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build());
            AttributeTable base = new AttributeTable(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(
                            new ESSCertIDv2(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()))))));
            DefaultSignedAttributeTableGenerator attributes = new DefaultSignedAttributeTableGenerator(base);
            builder.setSignedAttributeGenerator(
                    params -> attributes.getAttributes(params).remove(CMSAttributes.signingTime));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(builder.build(signer, cert));
            generator.addCertificates(new JcaCertStore(identity.chain()));
            CMSSignedData data = generator.generate(new CMSProcessableByteArray(signedContent), false);
            if (tsa.isPresent()) data = timestamped(data, tsa.get());
            return data.getEncoded("DER");
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot build the CMS signature", e);
        }
    }

    private static CMSSignedData timestamped(CMSSignedData data, TimestampAuthority tsa) throws IOException {
        SignerInformation si = data.getSignerInfos().getSigners().iterator().next();
        byte[] token = tsa.timestamp(si.getSignature());
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new Attribute(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(ASN1Primitive.fromByteArray(token))));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(si, new AttributeTable(v));
        return CMSSignedData.replaceSigners(data, new SignerInformationStore(List.of(stamped)));
    }

    /** A BC content signer that hands the bytes to the identity (local key or remote service). */
    private static final class DelegatingSigner implements ContentSigner {
        private final SigningIdentity identity;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final AlgorithmIdentifier algorithm;

        DelegatingSigner(SigningIdentity identity) {
            this.identity = identity;
            this.algorithm = new DefaultSignatureAlgorithmIdentifierFinder().find(identity.signatureAlgorithm());
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
        }

        @Override
        public OutputStream getOutputStream() {
            return buffer;
        }

        @Override
        public byte[] getSignature() {
            return identity.sign(buffer.toByteArray());
        }
    }
}
