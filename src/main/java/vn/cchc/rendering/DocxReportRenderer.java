package vn.cchc.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;
import vn.cchc.rendering.internal.docx.DocxBodyWriter;
import vn.cchc.rendering.internal.docx.DocxTemplate;
import vn.cchc.rendering.internal.docx.ReportPlaceholders;

/**
 * The report as a Word document, filled into an editable template: letterhead, styles, page setup and
 * page numbers live in the template ({@value #DEFAULT_TEMPLATE} by default), the body is generated at the
 * {@code ${body}} paragraph and the appendix at {@code ${appendix}}. Placeholders: {@code ${governingBody?}},
 * {@code ${issuingBody}}, {@code ${numberSymbol}}, {@code ${placeName}}, {@code ${date}} (dd/MM/yyyy),
 * {@code ${dateText}} ("ngày 10 tháng 12 năm 2023"), {@code ${typeTitle}}, {@code ${summaryLines}},
 * {@code ${periodLine}}, {@code ${recipients}}, {@code ${signatureAuthority}}, {@code ${signatureTitle}},
 * {@code ${signatureName}}, {@code ${signatureImage?}}. Strict: an unknown placeholder or one without a
 * value raises {@link TemplateException}.
 */
@Component
public class DocxReportRenderer implements ReportRenderer {

    public static final String DEFAULT_TEMPLATE = "templates-docx/bao-cao-cchc.docx";

    /**
     * POI asks {@code TransformerFactory.newInstance()} for every part it saves; without this property each call
     * scans every jar's META-INF/services (verifying signed jars): a third of a DOCX's CPU time. The JDK's own
     * factory is what that scan ends with in production anyway.
     */
    static {
        if (System.getProperty("javax.xml.transform.TransformerFactory") == null) {
            System.setProperty(
                    "javax.xml.transform.TransformerFactory",
                    "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        }
    }

    private final DocxTemplate template;

    /** Renders with the template on the classpath at {@value #DEFAULT_TEMPLATE}. */
    public DocxReportRenderer() {
        this(readClasspath(DEFAULT_TEMPLATE));
    }

    /** Renders with the given template (.docx bytes); it is checked now and a broken one is rejected. */
    public DocxReportRenderer(byte[] template) {
        this.template = new DocxTemplate(template, ReportPlaceholders.NAMES, ReportPlaceholders.BLOCKS);
    }

    @Override
    public String contentType() {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    @Override
    public String fileExtension() {
        return "docx";
    }

    @Override
    public void render(ReportDocument document, OutputStream out) {
        try (XWPFDocument doc = template.open()) {
            // Placeholders first, so that text of the report is never taken for a placeholder.
            template.fill(doc, ReportPlaceholders.of(document));
            DocxBodyWriter body = new DocxBodyWriter(doc, DocxTemplate.marker(doc, ReportPlaceholders.BODY));
            body.write(document.body());
            body.finish();
            DocxBodyWriter appendix = new DocxBodyWriter(doc, DocxTemplate.marker(doc, ReportPlaceholders.APPENDIX));
            List<Appendix> all = document.appendices();
            for (int i = 0; i < all.size(); i++) {
                appendix.write(all.get(i), ReportDocument.appendixLabel(i, all.size()));
            }
            appendix.finish();
            doc.write(out);
        } catch (IOException e) {
            throw new RenderingException("Cannot write the Word document", e);
        }
    }

    /** What a report template must show: without them the letterhead, number, date, title or signer would not print. */
    public static final List<String> REQUIRED_PLACEHOLDERS = List.of(
            "issuingBody",
            "numberSymbol",
            "dateText",
            "typeTitle",
            "summaryLines",
            "signatureAuthority",
            "signatureTitle",
            "signatureName",
            "body");

    /**
     * Checks an uploaded template: a {@link TemplateException} when it is no usable template (not a DOCX, an unknown
     * placeholder, a missing style or block), else the required placeholders it lacks (empty: usable).
     */
    public static List<String> missingPlaceholders(byte[] template) {
        Set<String> present = new DocxTemplate(template, ReportPlaceholders.NAMES, ReportPlaceholders.BLOCKS).present();
        return REQUIRED_PLACEHOLDERS.stream().filter(n -> !present.contains(n)).toList();
    }

    /** A Word template's bytes from the classpath ("templates-docx/….docx"). */
    public static byte[] readTemplate(String resource) {
        return readClasspath(resource);
    }

    static byte[] readClasspath(String resource) {
        try (InputStream in = DocxReportRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new TemplateException("Word template not found on the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new RenderingException("Cannot read the Word template " + resource, e);
        }
    }
}
