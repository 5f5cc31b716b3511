package vn.cchc.narrative.web;

import java.util.Arrays;
import java.util.List;
import vn.cchc.report.Report;
import vn.cchc.report.ReportHeader;

/** The report header form: number, date, summary lines and recipients one per line, signer. */
public class HeaderForm {

    private String numberSymbol;
    private String reportDate;
    private String summaryLines;
    private String signerAuthority;
    private String signerTitle;
    private String signerName;
    private String recipients;
    private Long lockVersion;

    static HeaderForm of(Report r) {
        ReportHeader h = r.header();
        HeaderForm f = new HeaderForm();
        f.numberSymbol = h.numberSymbol();
        f.reportDate = Dates.show(h.reportDate());
        f.summaryLines = String.join("\n", h.summaryLines());
        f.signerAuthority = h.signerAuthority();
        f.signerTitle = h.signerTitle();
        f.signerName = h.signerName();
        f.recipients = String.join("\n", h.recipients());
        f.lockVersion = r.getLockVersion();
        return f;
    }

    ReportHeader toHeader() {
        return new ReportHeader(
                blankToNull(numberSymbol),
                Dates.parse(reportDate),
                lines(summaryLines),
                blankToNull(signerAuthority),
                blankToNull(signerTitle),
                blankToNull(signerName),
                lines(recipients));
    }

    private static List<String> lines(String s) {
        if (s == null) return List.of();
        return Arrays.stream(s.replace("\r\n", "\n").split("\n"))
                .map(String::stripTrailing)
                .filter(l -> !l.isBlank())
                .toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getNumberSymbol() {
        return numberSymbol;
    }

    public void setNumberSymbol(String v) {
        numberSymbol = v;
    }

    public String getReportDate() {
        return reportDate;
    }

    public void setReportDate(String v) {
        reportDate = v;
    }

    public String getSummaryLines() {
        return summaryLines;
    }

    public void setSummaryLines(String v) {
        summaryLines = v;
    }

    public String getSignerAuthority() {
        return signerAuthority;
    }

    public void setSignerAuthority(String v) {
        signerAuthority = v;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(String v) {
        signerTitle = v;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String v) {
        signerName = v;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String v) {
        recipients = v;
    }

    public Long getLockVersion() {
        return lockVersion;
    }

    public void setLockVersion(Long v) {
        lockVersion = v;
    }
}
