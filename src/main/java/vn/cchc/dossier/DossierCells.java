package vn.cchc.dossier;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import vn.cchc.indicator.Qualifier;
import vn.cchc.shared.Messages;
import vn.cchc.shared.VnFormat;
import vn.cchc.spreadsheet.CountParser;

/**
 * A Biểu 06 cell as clerks write it: a count, optionally after a qualifier word («gần 2.840», «trên 100»). The
 * words are the indicators' ones (messages {@code indicator.qualifier.word.*}), read once from the messages files
 * so the page, the import and every rendered output print and accept the same words.
 */
public final class DossierCells {

    private static final VnFormat FMT = new VnFormat();
    /** Word → qualifier, longest word first so «ít nhất» is tried before a shorter word could match. */
    private static final Map<String, Qualifier> WORDS = new LinkedHashMap<>();

    private static final Map<Qualifier, String> PRINTED = new EnumMap<>(Qualifier.class);

    static {
        for (Qualifier q : Qualifier.values()) {
            if (q == Qualifier.EXACT) continue;
            String word = word(q.wordKey());
            PRINTED.put(q, word);
        }
        PRINTED.entrySet().stream()
                .sorted((a, b) -> b.getValue().length() - a.getValue().length())
                .forEach(e -> WORDS.put(e.getValue().toLowerCase(Messages.VI), e.getKey()));
    }

    private DossierCells() {}

    /** A cell read: {@code valid == false} when it is not a (qualified) count; value null when blank. */
    public record Parsed(boolean valid, Integer value, Qualifier qualifier) {}

    /** «gần 2.840» → (2840, APPROX); «2.840» → (2840, EXACT); a sign is left to the caller. */
    public static Parsed parse(String text) {
        String s = text == null
                ? ""
                : Normalizer.normalize(text, Normalizer.Form.NFC)
                        .replace('\u00a0', ' ')
                        .trim();
        Qualifier q = Qualifier.EXACT;
        String lower = s.toLowerCase(Messages.VI);
        for (Map.Entry<String, Qualifier> w : WORDS.entrySet()) {
            if (lower.startsWith(w.getKey() + " ")) {
                q = w.getValue();
                s = s.substring(w.getKey().length()).trim();
                break;
            }
        }
        CountParser.Parsed p = CountParser.parse(s);
        if (!p.valid() || (q != Qualifier.EXACT && p.value() == null)) return new Parsed(false, null, q);
        return new Parsed(true, p.value(), q);
    }

    /** The word printed before a figure: «gần», «trên» … (empty for EXACT). */
    public static String word(Qualifier q) {
        return q == null || q == Qualifier.EXACT ? "" : PRINTED.get(q);
    }

    /** A cell as every output prints it: «gần 2.840», «2.579», or empty when not reported. */
    public static String printed(DossierRowView row, DossierColumn column) {
        Integer v = row.figure(column);
        if (v == null) return "";
        String figure = FMT.number(v);
        Qualifier q = row.qualifier(column);
        return q == Qualifier.EXACT ? figure : word(q) + " " + figure;
    }

    /**
     * «Nguyên nhân quá hạn: Xã A: 8 hồ sơ chờ phối hợp liên thông; 4 hồ sơ khác (thiếu giấy tờ đất).», or empty
     * when no row gives a cause.
     */
    public static String lateCausesSentence(List<DossierRowView> rows) {
        ResourceBundle b = ResourceBundle.getBundle("i18n/dossier", Locale.ROOT);
        List<String> parts = new ArrayList<>();
        for (DossierRowView row : rows) {
            if (row.lateCauses().isEmpty()) continue;
            List<String> causes = new ArrayList<>();
            for (LateCause c : row.lateCauses()) {
                String reason = b.getString(c.reason().messageKey()).toLowerCase(Messages.VI);
                String text = FMT.number(c.count()) + " " + b.getString("dossier.late.dossiers") + " " + reason;
                causes.add(c.note() == null ? text : text + " (" + c.note() + ")");
            }
            parts.add(row.label().trim() + ": " + String.join(", ", causes));
        }
        if (parts.isEmpty()) return "";
        return b.getString("dossier.late.heading") + " " + String.join("; ", parts) + ".";
    }

    /**
     * A reason of lateness as a spreadsheet cell gives it: its name on the short list («Chờ phối hợp, liên thông
     * với cơ quan khác», any case) or its code (COORDINATION); empty when it is neither.
     */
    public static Optional<LateCause.Reason> reason(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String key = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace('\u00a0', ' ')
                .trim()
                .replaceAll("\\s+", " ")
                .toLowerCase(Messages.VI);
        for (LateCause.Reason r : LateCause.Reason.values()) {
            if (r.name().equalsIgnoreCase(key)
                    || reasonName(r).toLowerCase(Messages.VI).equals(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The reason's Vietnamese name on the short list: «Chờ phối hợp, liên thông với cơ quan khác». */
    public static String reasonName(LateCause.Reason reason) {
        return ResourceBundle.getBundle("i18n/dossier", Locale.ROOT).getString(reason.messageKey());
    }

    private static String word(String key) {
        for (String bundle : new String[] {"i18n/records", "i18n/figures"}) {
            ResourceBundle b = ResourceBundle.getBundle(bundle, Locale.ROOT);
            if (b.containsKey(key)) return b.getString(key).trim();
        }
        throw new IllegalStateException("no message " + key);
    }
}
