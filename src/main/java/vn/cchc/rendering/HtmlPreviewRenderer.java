package vn.cchc.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import vn.cchc.rendering.internal.html.HtmlReportWriter;

/**
 * An on-screen preview of the same model: a self-contained HTML fragment (scoped styles, no scripts) that
 * looks like the paper page, for the chairman to read before signing. All report text is escaped.
 */
@Component
public class HtmlPreviewRenderer implements ReportRenderer {

    /** The preview as an HTML fragment, to be placed inside a page of the application. */
    public String toHtml(ReportDocument document) {
        return HtmlReportWriter.write(document);
    }

    @Override
    public String contentType() {
        return "text/html;charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public void render(ReportDocument document, OutputStream out) {
        try {
            out.write(toHtml(document).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RenderingException("Cannot write the HTML preview", e);
        }
    }
}
