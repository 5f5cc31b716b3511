package vn.cchc.document;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a number/symbol says by itself. Decree 30/2020 writes a state body's symbol {@code number[/year]/TYPE-ISSUER}
 * ("36/KH-UBND"), an official letter without a type code ("25/UBND-VP"); the Party writes {@code number-TYPE/ISSUER}
 * ("225-CV/ĐU"). Used by the register import to derive the type when the file has no type column, and as the one
 * normalisation of numbers for matching and for the duplicate-number check.
 */
public final class NumberSymbols {

    /** Type codes written in symbols → our doc_type codes (case-insensitive; Đ and D distinct). */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("KH", "KH"),
            Map.entry("QĐ", "QD"),
            Map.entry("CV", "CV"),
            Map.entry("TB", "TB"),
            Map.entry("BC", "BC"),
            Map.entry("QC", "QC"),
            Map.entry("CT", "CT"),
            Map.entry("TTR", "TTR"),
            Map.entry("HD", "HD"),
            Map.entry("NĐ", "ND"),
            Map.entry("NQ", "NQ"),
            Map.entry("TT", "TT"),
            Map.entry("CTR", "CTR"));

    private static final Pattern STATE = Pattern.compile("^\\d+(?:/\\d{4})?/([^/]+)$");
    private static final Pattern PARTY = Pattern.compile("^\\d+-([\\p{L}]+)/[\\p{L}\\d-]+$");

    private NumberSymbols() {}

    /** "16 / kh-UBND" → "16/KH-UBND"; "09/KH-UBND" → "9/KH-UBND"; Đ and D stay distinct. */
    public static String normalise(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFC)
                .replaceAll("\\s+", "")
                .toUpperCase(Locale.ROOT);
        return n.replaceFirst("^0+(?=\\d)", "");
    }

    /** True for a Party symbol ("225-CV/ĐU", "12-NQ/ĐU"). */
    public static boolean isParty(String numberSymbol) {
        return PARTY.matcher(compact(numberSymbol)).matches();
    }

    /**
     * The doc_type the symbol carries: its type code ("36/KH-UBND" → KH, "28/2016/QĐ-UBND" → QD, "225-CV/ĐU" → CV),
     * CV for a state letter whose first segment names the issuer ("25/UBND-VP"), OTHER for a code we do not list
     * ("05/PA-UBND"); empty when the symbol has neither shape.
     */
    public static Optional<String> typeOf(String numberSymbol) {
        String s = compact(numberSymbol);
        Matcher party = PARTY.matcher(s);
        if (party.matches())
            return Optional.of(CODES.getOrDefault(party.group(1).toUpperCase(Locale.ROOT), "OTHER"));
        Matcher state = STATE.matcher(s);
        if (!state.matches()) return Optional.empty();
        String[] segments = state.group(1).split("-");
        String first = segments[0].toUpperCase(Locale.ROOT);
        if (CODES.containsKey(first)) return Optional.of(CODES.get(first));
        if (segments.length == 1 || ISSUERS.matcher(first).matches()) return Optional.of("CV");
        return Optional.of("OTHER");
    }

    /** First segments that name an issuing body, not a type: a letter ("25/UBND-VP", "12/HĐND-TT", "3/VP-UBND"). */
    private static final Pattern ISSUERS =
            Pattern.compile("^(UBND|HĐND|VP|ĐU|MTTQ|BCĐ|BCH|CA|QS|TP|VHXH|ĐCXD|TCKT|ĐCNN|BQL)$");

    private static String compact(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }
}
