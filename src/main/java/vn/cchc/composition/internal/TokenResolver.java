package vn.cchc.composition.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.rendering.VnFormat;

/**
 * Replaces the narrative's record tokens by what the records say: {{doc:ID}} by the citation, {{ind:CODE}} by
 * the figure, {{proc:LEVEL.fields}} by the count. A token that points at nothing prints visibly as
 * "[thiếu: …]" so nobody signs a report with a hole in it; the checks report it too.
 */
public final class TokenResolver {

    public static final Pattern TOKEN = Pattern.compile("\\{\\{(doc|ind|proc|table):([^}|]+)(?:\\|([^}]*))?}}");
    private final ReportRecords records;
    private final Set<Long> citedDocuments = new HashSet<>();

    public TokenResolver(ReportRecords records) {
        this.records = records;
    }

    /** Documents cited inline so far (they get no generated sentence). */
    public Set<Long> citedDocuments() {
        return citedDocuments;
    }

    public String resolve(String text) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement(m.group(1), m.group(2).trim(), m.group(3))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String replacement(String kind, String key, String option) {
        return switch (kind) {
            case "doc" -> document(key, option);
            case "ind" -> indicator(key, option);
            case "proc" -> procedure(key);
            default -> "[thiếu: " + kind + ":" + key + "]";
        };
    }

    private String document(String key, String option) {
        ReportRecords.Doc d;
        try {
            d = records.documents().get(Long.parseLong(key));
        } catch (NumberFormatException e) {
            d = null;
        }
        if (d == null) return "[thiếu: văn bản " + key + "]";
        citedDocuments.add(d.id());
        if ("short".equals(option)) return d.numberSymbol();
        return citation(d);
    }

    /** "Kế hoạch số 36/KH-UBND ngày 30/12/2023". */
    public static String citation(ReportRecords.Doc d) {
        String base = DocumentTypes.label(d.docType()) + " số " + d.numberSymbol();
        return d.issuedOn() == null ? base : base + " ngày " + VnFormat.date(d.issuedOn());
    }

    private String indicator(String code, String option) {
        ReportRecords.Indicator i = records.indicators().get(code);
        if (i == null) return "[thiếu: số liệu " + code + "]";
        return formatIndicator(i, "00".equals(option));
    }

    /** A figure as the report prints it, with the qualifier the clerk recorded ("gần 2.840", "4,42 tỷ đồng"). */
    public static String formatIndicator(ReportRecords.Indicator i, boolean twoDigits) {
        return twoDigits ? i.printedTwoDigits() : i.printed();
    }

    private String procedure(String key) {
        int dot = key.indexOf('.');
        int[] counts = dot < 0 ? null : records.procedureSummary().get(key.substring(0, dot));
        if (counts == null) return "[thiếu: danh mục TTHC " + key + "]";
        String what = key.substring(dot + 1);
        int n = switch (what) {
            case "fields" -> counts[0];
            case "procedures" -> counts[1];
            default -> -1;
        };
        if (n < 0) return "[thiếu: danh mục TTHC " + key + "]";
        return n < 10 ? "0" + n : VnFormat.integer(n);
    }
}
