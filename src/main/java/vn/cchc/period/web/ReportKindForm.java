package vn.cchc.period.web;

/** A new report kind as the administrator types it: the same fields {@code ReportKinds.add} checks. */
public class ReportKindForm {

    private String code;
    private String name;
    private String summaryLine;
    private String outline;
    private String emptySection = "NOTE";

    public String getCode() {
        return code;
    }

    public void setCode(String v) {
        code = v;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public String getSummaryLine() {
        return summaryLine;
    }

    public void setSummaryLine(String v) {
        summaryLine = v;
    }

    public String getOutline() {
        return outline;
    }

    public void setOutline(String v) {
        outline = v;
    }

    public String getEmptySection() {
        return emptySection;
    }

    public void setEmptySection(String v) {
        emptySection = v;
    }
}
