package vn.cchc.report;

/**
 * Renders a report from its current records (implemented by the composition module, which depends on this one;
 * the workflow calls it when signing to freeze the files).
 */
public interface ReportRendering {

    RenderedReport render(long reportId);

    /** The composed content only (no files): what submission records and signing compares against. */
    String contentJson(long reportId);
}
