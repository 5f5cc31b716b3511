package vn.cchc.report;

/** The files of one rendering: what signing freezes. {@code contentJson} is the composed model, for diffs. */
public record RenderedReport(byte[] docx, byte[] pdf, String contentJson) {

    /** The same rendering with its PDF replaced by the digitally signed one. */
    public RenderedReport withPdf(byte[] signedPdf) {
        return new RenderedReport(docx, signedPdf, contentJson);
    }
}
