package vn.cchc.dossier;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import vn.cchc.indicator.Qualifier;
import vn.cchc.procedure.AuthorityLevel;

/**
 * Biểu 06 grouped by authority level, as the official form has it: a «Tổng số» line, then per level present
 * (cấp xã, cấp huyện, cấp tỉnh, ngành dọc trung ương) a sub-total line numbered I, II … and its rows 1, 2 ….
 * Sub-totals and the total are computed here from the rows, never typed: total = sum of the sub-totals. A table
 * whose rows carry no level is not grouped and prints as before.
 */
public final class DossierLevels {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private DossierLevels() {}

    public enum LineKind {
        TOTAL,
        SUBTOTAL,
        ROW
    }

    /** A printed line: its number («I», «1», «» for the total), the level it belongs to, and its figures. */
    public record Line(LineKind kind, String number, AuthorityLevel level, DossierRowView row) {}

    /** True when some row names its authority level: the table is then printed by level with sub-totals. */
    public static boolean grouped(List<DossierRowView> rows) {
        return rows.stream().anyMatch(r -> r.authorityLevel() != null);
    }

    /** The sub-total of each level present, in the form's order (cấp xã first); rows without a level are left out. */
    public static Map<AuthorityLevel, DossierRowView> subtotals(List<DossierRowView> rows) {
        Map<AuthorityLevel, List<DossierRowView>> byLevel = new EnumMap<>(AuthorityLevel.class);
        for (DossierRowView r : rows) {
            if (r.authorityLevel() != null)
                byLevel.computeIfAbsent(r.authorityLevel(), k -> new ArrayList<>())
                        .add(r);
        }
        Map<AuthorityLevel, DossierRowView> out = new LinkedHashMap<>();
        byLevel.forEach(
                (level, list) -> out.put(level, sum(levelName(level), list).withAuthorityLevel(level)));
        return out;
    }

    /** The lines as printed: the rows as they are when not grouped, else total, then each level and its rows. */
    public static List<Line> lines(List<DossierRowView> rows) {
        List<Line> out = new ArrayList<>();
        if (!grouped(rows)) {
            for (int i = 0; i < rows.size(); i++)
                out.add(new Line(LineKind.ROW, String.valueOf(i + 1), null, rows.get(i)));
            return out;
        }
        Map<AuthorityLevel, DossierRowView> subtotals = subtotals(rows);
        out.add(new Line(LineKind.TOTAL, "", null, sum(text("dossier.level.total"), List.copyOf(subtotals.values()))));
        int n = 0;
        for (Map.Entry<AuthorityLevel, DossierRowView> e : subtotals.entrySet()) {
            out.add(new Line(LineKind.SUBTOTAL, ROMAN[n++], e.getKey(), e.getValue()));
            int k = 0;
            for (DossierRowView r : rows) {
                if (r.authorityLevel() == e.getKey())
                    out.add(new Line(LineKind.ROW, String.valueOf(++k), e.getKey(), r));
            }
        }
        return out;
    }

    /**
     * The column sums of {@code rows} under {@code label}: a column is null (not known) when a row has it blank; a
     * summed estimate makes the sum an estimate («gần»). When a row reports «trước hạn và đúng hạn» combined, the
     * sum is combined too: (9) holds (8) + (9) of every row and (8) stays empty.
     */
    public static DossierRowView sum(String label, List<DossierRowView> rows) {
        boolean combined = rows.stream().anyMatch(DossierRowView::earlyOnTimeCombined);
        DossierColumn[] cols = DossierColumn.values();
        Integer[] f = new Integer[cols.length];
        Map<DossierColumn, Qualifier> q = new EnumMap<>(DossierColumn.class);
        for (int c = 0; c < cols.length; c++) {
            DossierColumn col = cols[c];
            if (combined && col == DossierColumn.RESOLVED_EARLY) continue;
            long total = 0;
            boolean known = !rows.isEmpty();
            for (DossierRowView r : rows) {
                Integer v = r.figure(col);
                if (combined && col == DossierColumn.RESOLVED_ON_TIME && !r.earlyOnTimeCombined()) {
                    Integer early = r.resolvedEarly();
                    v = v == null || early == null ? null : v + early;
                    if (r.approximate(DossierColumn.RESOLVED_EARLY)) q.put(col, Qualifier.APPROX);
                }
                if (v == null) known = false;
                else total += v;
                if (r.approximate(col)) q.put(col, Qualifier.APPROX);
            }
            f[c] = known ? Math.toIntExact(total) : null;
        }
        return DossierRowView.of(label, DossierGroupKind.LEVEL, f)
                .withQualifiers(q)
                .withCombined(combined);
    }

    /** «Thẩm quyền cấp xã» … as the procedure catalogue names the levels. */
    public static String levelName(AuthorityLevel level) {
        return text(level.messageKey());
    }

    private static String text(String key) {
        return ResourceBundle.getBundle("i18n/dossier", Locale.ROOT).getString(key);
    }
}
