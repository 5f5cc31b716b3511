package vn.cchc.check.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.check.Finding;
import vn.cchc.check.Severity;
import vn.cchc.document.DocumentView;

/**
 * Decree 30/2020/NĐ-CP (Art. 8, Appendices I and III) fixes the shape of a number and symbol:
 * {@code number[/year]/TYPE-ISSUER[-UNIT]} with no spaces ("36/KH-UBND", "28/2016/QĐ-UBND"), and an official
 * letter (công văn) carries no type code ("25/UBND-VP"). A malformed symbol is printed in the report as typed and
 * makes the document hard to find, so it is a warning naming the fix where one can be derived.
 * Liên Mạc: "10/ KH-UBND", "73/QĐ- UBND", "13/2016/QĐUBND", "126/UBND - NV", "01/QCTS-UBND", "36/CV-UBND".
 * Party documents (issuer PARTY) follow the Party's own rules ("225-CV/ĐU") and are not checked.
 */
@Component
@Order(23)
class SymbolFormatCheck implements Check {

    static final String RULE = "SYMBOL_FORMAT";

    /** Type codes of Appendix III, plus the legal normative ones (NĐ, TT, TTLT). */
    static final List<String> TYPE_CODES = List.of(
            "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr", "HĐ",
            "CĐ", "GN", "TTh", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "NĐ", "TT", "TTLT", "CV");
    /** Our doc_type codes (records-model.md) → the code the symbol must carry; CV and OTHER carry none. */
    static final Map<String, String> CODE_OF_TYPE = Map.ofEntries(
            Map.entry("KH", "KH"),
            Map.entry("QD", "QĐ"),
            Map.entry("TB", "TB"),
            Map.entry("BC", "BC"),
            Map.entry("QC", "QC"),
            Map.entry("CT", "CT"),
            Map.entry("TTR", "TTr"),
            Map.entry("HD", "HD"),
            Map.entry("ND", "NĐ"),
            Map.entry("NQ", "NQ"),
            Map.entry("TT", "TT"),
            Map.entry("CTR", "CTr"));

    private static final Pattern SHAPE = Pattern.compile("^(\\d+)((?:/\\d{4})?)/(.+)$");
    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\d]+");

    private final CheckTexts texts;

    SymbolFormatCheck(CheckTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<Finding> run(CheckContext context) {
        return context.reportDocuments().stream()
                .filter(d -> !"PARTY".equals(d.issuerKind()) && d.numberSymbol() != null)
                .map(d -> problem(context, d)
                        .map(message -> new Finding(
                                RULE,
                                Severity.WARNING,
                                texts.document(d) + ": " + message,
                                Links.document(context.report().id(), d.id()))))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The one problem to report for this document (the most specific), if any. */
    Optional<String> problem(CheckContext context, DocumentView d) {
        String written = Normalizer.normalize(d.numberSymbol().strip(), Normalizer.Form.NFC);
        String compact = written.replaceAll("\\s+", "");
        Matcher m = SHAPE.matcher(compact);
        if (!m.matches()) return Optional.of(texts.text("check.symbol.shape", written));
        String head = m.group(1) + m.group(2) + "/";
        List<String> segments = Arrays.asList(m.group(3).split("-", -1));
        if (segments.stream().anyMatch(s -> !SEGMENT.matcher(s).matches())) {
            return Optional.of(texts.text("check.symbol.shape", written));
        }
        String first = segments.get(0);
        Optional<String> firstCode = code(first);
        if ("CV".equals(d.docType())) {
            if (firstCode.isPresent()) {
                String rest = segments.size() > 1 ? String.join("-", segments.subList(1, segments.size())) : "UBND";
                String suggestion = head + siblingLetterSuffix(context, d).orElse(rest);
                return Optional.of(texts.text("check.symbol.letterTypeCode", suggestion, written));
            }
        } else if (CODE_OF_TYPE.containsKey(d.docType())) {
            String expected = CODE_OF_TYPE.get(d.docType());
            String typeName = texts.text("check.docType." + d.docType());
            if (segments.size() == 1) {
                Optional<String> glued = gluedCode(first);
                if (glued.isPresent()) {
                    String suggestion = head + glued.get() + "-"
                            + first.substring(glued.get().length());
                    return Optional.of(texts.text("check.symbol.missingHyphen", suggestion));
                }
                return Optional.of(texts.text("check.symbol.shape", written));
            }
            if (firstCode.isEmpty()) {
                return Optional.of(texts.text("check.symbol.unknownTypeCode", first, typeName, expected));
            }
            if (!firstCode.get().equalsIgnoreCase(expected)) {
                return Optional.of(texts.text("check.symbol.typeMismatch", first, typeName, expected));
            }
        }
        if (!compact.equals(written)) return Optional.of(texts.text("check.symbol.spaces", written, compact));
        return Optional.empty();
    }

    /** The Appendix III code this segment is (case-insensitive; Đ and D distinct). */
    static Optional<String> code(String segment) {
        return TYPE_CODES.stream().filter(c -> c.equalsIgnoreCase(segment)).findFirst();
    }

    /** "QĐUBND" → "QĐ" (a type code glued to the issuer); the longest code that leaves something after it. */
    static Optional<String> gluedCode(String segment) {
        return TYPE_CODES.stream()
                .filter(c -> !"CV".equals(c) && segment.length() > c.length() && segment.startsWith(c))
                .max(Comparator.comparingInt(String::length));
    }

    /** What the issuer's well-formed letters carry after the number ("UBND-VP"), the most frequent one. */
    private static Optional<String> siblingLetterSuffix(CheckContext context, DocumentView letter) {
        return context.unitRegister().stream()
                .filter(o -> o.id() != letter.id()
                        && "CV".equals(o.docType())
                        && o.issuerName().equalsIgnoreCase(letter.issuerName())
                        && o.numberSymbol() != null)
                .map(o -> SHAPE.matcher(o.numberSymbol().replaceAll("\\s+", "")))
                .filter(Matcher::matches)
                .map(o -> o.group(3))
                .filter(rest -> code(rest.split("-")[0]).isEmpty() && rest.equals(rest.toUpperCase(Locale.ROOT)))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }
}
