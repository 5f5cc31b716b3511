package vn.cchc.signing.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * First pass over the rendered PDF: makes it PDF/A-2b (XMP metadata naming the conformance, the sRGB output intent,
 * a document ID, language vi), tags it (PdfTagging) and adds the empty signature fields with their visible appearance, then saves it
 * whole so the appearance's font is embedded as a subset. The signatures are added by incremental updates after.
 */
final class PdfArchive {

    static final String CHAIRMAN_FIELD = "ChuKyNguoiCoThamQuyen";
    static final String ORGANISATION_FIELD = "ChuKyCoQuan";
    private static final String PRODUCER = "CCHC Report (OpenPDF, Apache PDFBox)";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfArchive() {}

    static byte[] prepare(byte[] pdf, SignatureAppearance appearance, String title, String identifier)
            throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            archival(doc, title, identifier);
            PdfTagging.tag(doc);
            SignatureLayout layout = SignatureLayout.around(SignatureRoom.find(doc, appearance.signerName()));
            PDPage page = doc.getPage(layout.page());
            PDType0Font font;
            try (InputStream ttf = PdfArchive.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
                font = PDType0Font.load(doc, ttf, true);
            }
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            field(
                    doc,
                    form,
                    page,
                    CHAIRMAN_FIELD,
                    layout.chairman(),
                    cs -> appearance.drawChairman(doc, cs, layout.chairman(), font));
            if (appearance.hasOrganisation()) {
                field(
                        doc,
                        form,
                        page,
                        ORGANISATION_FIELD,
                        layout.organisation(),
                        cs -> appearance.drawOrganisation(doc, cs, layout, font));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64_000);
            doc.save(out);
            return out.toByteArray();
        }
    }

    interface Drawing {
        void draw(PDPageContentStream cs) throws IOException;
    }

    private static void field(
            PDDocument doc, PDAcroForm form, PDPage page, String name, PDRectangle rect, Drawing drawing)
            throws IOException {
        PDSignatureField field = new PDSignatureField(form);
        field.setPartialName(name);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(rect);
        widget.setPage(page);
        widget.setPrinted(true);
        PDAppearanceStream stream = new PDAppearanceStream(doc);
        stream.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        stream.setResources(new PDResources());
        try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
            drawing.draw(cs);
        }
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.setNormalAppearance(stream);
        widget.setAppearance(ap);
        page.getAnnotations().add(widget);
        form.getFields().add(field);
    }

    private static void archival(PDDocument doc, String title, String identifier) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setProducer(PRODUCER);
        doc.setDocumentInformation(info);
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(title, identifier).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
        catalog.getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        catalog.setLanguage("vi");
        // OpenPDF's CIDSet lists only the glyphs used, not all those of the subset: PDF/A-2 wants all or none
        for (COSObject o : doc.getDocument().getObjectsByType(COSName.FONT_DESC)) {
            if (o.getObject() instanceof COSDictionary d) d.removeItem(COSName.CID_SET);
        }
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static String xmp(String title, String identifier) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "   <pdfaid:part>2</pdfaid:part>\n   <pdfaid:conformance>B</pdfaid:conformance>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title)
                + "</rdf:li></rdf:Alt></dc:title>\n"
                + "   <dc:identifier>" + escape(identifier) + "</dc:identifier>\n"
                + "   <dc:language><rdf:Bag><rdf:li>vi</rdf:li></rdf:Bag></dc:language>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "   <pdf:Producer>" + escape(PRODUCER) + "</pdf:Producer>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
