package vn.cchc.rendering;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/** Renders a {@link ReportDocument} into one file format. Implementations are thread-safe. */
public interface ReportRenderer {

    /** The MIME type of the output, for HTTP responses. */
    String contentType();

    /** The file name extension without the dot ("docx", "pdf"). */
    String fileExtension();

    /** Writes the rendered report to {@code out}; does not close it. */
    void render(ReportDocument document, OutputStream out);

    /** The rendered report as bytes. */
    default byte[] render(ReportDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(document, out);
        return out.toByteArray();
    }
}
