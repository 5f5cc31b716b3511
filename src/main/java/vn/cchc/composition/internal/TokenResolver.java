package vn.cchc.composition.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.document.DocumentView;
import vn.cchc.rendering.VnFormat;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ProcedureTokenLevels;

/**
 * Replaces the narrative's record tokens by what the records say: {{doc:ID}} by the citation, {{ind:CODE}} by
 * the figure, {{proc:LEVEL.fields}} by the count. A token that points at nothing prints visibly as
 * "[thiếu: …]" so nobody signs a report with a hole in it; the checks report it too.
 */
public final class TokenResolver {

    public static final Pattern TOKEN =
            Pattern.compile("\\{\\{(doc|ind|proc|tthc|table|count|sum):([^}|]+)(?:\\|([^}]*))?}}");
    private final ReportRecords records;
    private final Set<Long> citedDocuments = new HashSet<>();

    private final String issuer;
    private final Map<String, String> supplied;

    public TokenResolver(ReportRecords records) {
        this(records, "UBND xã");
    }

    /** {@code issuer} starts the generated count sentence: "UBND xã", "UBND phường". */
    public TokenResolver(ReportRecords records, String issuer) {
        this(records, issuer, Map.of());
    }

    /** {@code supplied}: tokens resolved elsewhere, by "kind:key" (an office's compiled figures, {{sum:CODE}}). */
    public TokenResolver(ReportRecords records, String issuer, Map<String, String> supplied) {
        this.records = records;
        this.issuer = issuer;
        this.supplied = supplied;
    }

    /** Documents cited inline so far (they get no generated sentence). */
    public Set<Long> citedDocuments() {
        return citedDocuments;
    }

    public String resolve(String text) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement(replacement(m.group(1), m.group(2).trim(), m.group(3))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String replacement(String kind, String key, String option) {
        return switch (kind) {
            case "doc" -> document(key, option);
            case "ind" -> indicator(key, option);
            case "proc", "tthc" -> procedure(key);
            case "count" -> count(key);
            case "sum" -> supplied.getOrDefault("sum:" + key, "[thiếu: số liệu tổng hợp " + key + "]");
            default -> "[thiếu: " + kind + ":" + key + "]";
        };
    }

    private String document(String key, String option) {
        DocumentView d;
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
    public static String citation(DocumentView d) {
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

    /**
     * {{count:QD}} the period's documents of a type, {{count:*}} all of them, {{count:sentence}} the sentence
     * "Trong kỳ, UBND xã ban hành 648 văn bản: 280 quyết định, 126 báo cáo, …" (types by count, most first).
     */
    private String count(String key) {
        Map<String, Integer> counts = records.documentCounts();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if ("*".equals(key) || "all".equals(key)) return VnFormat.integer(total);
        if ("sentence".equals(key)) return countSentence(issuer, counts);
        String type = key.toUpperCase(Locale.ROOT).replace("Đ", "D");
        if (!DocumentTypes.known(type)) return "[thiếu: loại văn bản " + key + "]";
        return VnFormat.integer(counts.getOrDefault(type, 0));
    }

    public static String countSentence(String issuer, Map<String, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder s =
                new StringBuilder("Trong kỳ, " + issuer + " ban hành " + VnFormat.integer(total) + " văn bản");
        if (total == 0) return s.append('.').toString();
        List<String> parts = new ArrayList<>();
        counts.forEach((type, n) ->
                parts.add(VnFormat.integer(n) + " " + DocumentTypes.label(type).toLowerCase(Messages.VI)));
        return s.append(": ").append(String.join(", ", parts)).append('.').toString();
    }

    private String procedure(String key) {
        int dot = key.indexOf('.');
        int[] counts =
                dot < 0 ? null : records.procedureSummary().get(ProcedureTokenLevels.level(key.substring(0, dot)));
        if (counts == null) return "[thiếu: danh mục TTHC " + key + "]";
        String what = ProcedureTokenLevels.what(key.substring(dot + 1));
        int n = switch (what) {
            case "fields" -> counts[0];
            case "procedures" -> counts[1];
            default -> -1;
        };
        if (n < 0) return "[thiếu: danh mục TTHC " + key + "]";
        return n < 10 ? "0" + n : VnFormat.integer(n);
    }
}
