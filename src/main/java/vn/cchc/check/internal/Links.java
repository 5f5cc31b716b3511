package vn.cchc.check.internal;

/** Link paths of the report's record pages (fixed by the report tabs' URL contract). */
public final class Links {

    private Links() {}

    public static String document(long reportId, long documentId) {
        return "/reports/" + reportId + "/documents/" + documentId;
    }

    public static String dossierRow(long reportId, int position) {
        return "/reports/" + reportId + "/dossier#row-" + position;
    }

    public static String indicator(long reportId, String code) {
        return "/reports/" + reportId + "/indicators#" + code;
    }

    public static String narrative(long reportId, String sectionCode) {
        return "/reports/" + reportId + "/narrative#" + sectionCode;
    }
}
