package vn.cchc.signing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import vn.cchc.signing.SigningIdentity;

/**
 * Signs one prepared signature field of the PDF as an incremental update (earlier signatures stay valid), with
 * the PAdES sub-filter {@code ETSI.CAdES.detached}. The field keeps the appearance drawn when it was prepared.
 */
final class PadesSigner {

    private PadesSigner() {}

    /** The signed PDF and the CMS value embedded in it. */
    record Signed(byte[] pdf, byte[] cms) {}

    static Signed sign(
            byte[] pdf,
            String fieldName,
            SigningIdentity identity,
            Calendar time,
            String name,
            String reason,
            String location,
            Optional<TimestampAuthority> tsa)
            throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf);
                SignatureOptions options = new SignatureOptions()) {
            PDSignatureField field = (PDSignatureField)
                    doc.getDocumentCatalog().getAcroForm(null).getField(fieldName);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            PDRectangle rect = widget.getRectangle();
            PDAppearanceDictionary appearance = widget.getAppearance();
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(name);
            signature.setReason(reason);
            signature.setLocation(location);
            signature.setSignDate(time);
            field.getCOSObject().setItem(COSName.V, signature);
            options.setPreferredSignatureSize(tsa.isPresent() ? 20_000 : 8_000);
            doc.addSignature(signature, null, options);
            // addSignature treats a field without a template as invisible: give it back its place and appearance
            widget.setRectangle(rect);
            widget.setAppearance(appearance);
            widget.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32_000);
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            byte[] cms = CmsSignatures.sign(external.getContent().readAllBytes(), identity, tsa);
            external.setSignature(cms);
            return new Signed(out.toByteArray(), cms);
        }
    }
}
