package vn.cchc.dossier;

import static vn.cchc.dossier.DossierColumn.PENDING_ON_TIME;
import static vn.cchc.dossier.DossierColumn.PENDING_OVERDUE;
import static vn.cchc.dossier.DossierColumn.PENDING_TOTAL;
import static vn.cchc.dossier.DossierColumn.RECEIVED_CARRIED_OVER;
import static vn.cchc.dossier.DossierColumn.RECEIVED_DIRECT;
import static vn.cchc.dossier.DossierColumn.RECEIVED_ONLINE;
import static vn.cchc.dossier.DossierColumn.RECEIVED_TOTAL;
import static vn.cchc.dossier.DossierColumn.RESOLVED_EARLY;
import static vn.cchc.dossier.DossierColumn.RESOLVED_LATE;
import static vn.cchc.dossier.DossierColumn.RESOLVED_ON_TIME;
import static vn.cchc.dossier.DossierColumn.RESOLVED_TOTAL;
import static vn.cchc.shared.Messages.VI;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.Messages;
import vn.cchc.shared.VnFormat;

/**
 * The rules of Biểu 06, pure (no database): figures are not negative; a complete breakdown matches its total
 * ((3) = (4)+(5)+(6), (7) = (8)+(9)+(10), (11) = (12)+(13)); (3) = (7)+(11); a label is required. A null
 * figure is "not reported" and skips every rule it is part of. The carried-over check against last period is
 * a warning, separate from the errors. Messages are Vietnamese and name the row, the column and the rule.
 */
public class DossierRules {

    public static final int MAX_LABEL = 300;
    /** The most rows one report's Biểu 06 may have (API, page and import): bounds storage and rendering. */
    public static final int MAX_ROWS = 200;
    /** The largest figure a cell may hold: far above any commune's or district's year, far below int overflow. */
    public static final int MAX_FIGURE = 10_000_000;

    private static final VnFormat FMT = new VnFormat();

    /** A total and the columns that add up to it. */
    public record Sum(DossierColumn total, List<DossierColumn> parts) {}

    /** The four sums of Biểu 06, in this order: received, resolved, pending, balance (3) = (7)+(11). */
    public static final List<Sum> SUMS = List.of(
            new Sum(RECEIVED_TOTAL, List.of(RECEIVED_ONLINE, RECEIVED_DIRECT, RECEIVED_CARRIED_OVER)),
            new Sum(RESOLVED_TOTAL, List.of(RESOLVED_EARLY, RESOLVED_ON_TIME, RESOLVED_LATE)),
            new Sum(PENDING_TOTAL, List.of(PENDING_ON_TIME, PENDING_OVERDUE)),
            new Sum(RECEIVED_TOTAL, List.of(RESOLVED_TOTAL, PENDING_TOTAL)));

    private final Messages messages;

    public DossierRules(MessageSource messages) {
        this.messages = new Messages(messages);
    }

    /**
     * Which rows stand for the unit's total: the UNIT rows if there are any, else the LEVEL rows, else the FIELD
     * rows (levels and fields are two breakdowns of the same dossiers, so adding every row would count twice).
     */
    public static Optional<DossierGroupKind> totalKind(Collection<DossierGroupKind> present) {
        return Arrays.stream(DossierGroupKind.values())
                .filter(present::contains)
                .findFirst();
    }

    /** Errors of the rows, numbered 1, 2, … as on the page. */
    public List<FieldViolation> validate(List<DossierRowView> rows) {
        return validate(rows, IntStream.rangeClosed(1, rows.size()).boxed().toList());
    }

    /** Errors of the rows; {@code rowNumbers} are the numbers the messages use (e.g. spreadsheet rows). */
    public List<FieldViolation> validate(List<DossierRowView> rows, List<Integer> rowNumbers) {
        List<FieldViolation> errors = new ArrayList<>();
        if (rows.size() > MAX_ROWS) {
            // Checked first and alone: nothing of an over-size table is looked at further.
            errors.add(new FieldViolation(
                    "rows", msg("dossier.rule.tooManyRows", FMT.number(rows.size()), FMT.number(MAX_ROWS))));
            return errors;
        }
        for (int i = 0; i < rows.size(); i++) {
            DossierRowView row = rows.get(i);
            String prefix = prefix(rowNumbers.get(i), row.label());
            if (row.label() == null || row.label().isBlank()) {
                errors.add(new FieldViolation(field(i, "label"), msg("dossier.rule.labelRequired", rowNumbers.get(i))));
            } else if (row.label().length() > MAX_LABEL) {
                errors.add(new FieldViolation(
                        field(i, "label"),
                        msg("dossier.rule.labelTooLong", rowNumbers.get(i), String.valueOf(MAX_LABEL))));
            }
            boolean negative = false;
            for (DossierColumn c : DossierColumn.values()) {
                Integer v = row.figure(c);
                if (v != null && v < 0) {
                    negative = true;
                    errors.add(new FieldViolation(
                            field(i, c.property()),
                            msg("dossier.rule.negative", prefix, number(c), name(c), FMT.number(v))));
                } else if (v != null && v > MAX_FIGURE) {
                    negative = true;
                    errors.add(new FieldViolation(
                            field(i, c.property()),
                            msg(
                                    "dossier.rule.tooLarge",
                                    prefix,
                                    number(c),
                                    name(c),
                                    FMT.number(v),
                                    FMT.number(MAX_FIGURE))));
                }
            }
            for (DossierColumn c : row.qualifiers().keySet()) {
                if (row.figure(c) == null) {
                    errors.add(new FieldViolation(
                            field(i, c.property()),
                            msg("dossier.rule.qualifierWithoutFigure", prefix, number(c), name(c))));
                }
            }
            errors.addAll(lateCauseErrors(i, row, prefix));
            if (row.earlyOnTimeCombined() && row.resolvedEarly() != null) {
                errors.add(new FieldViolation(
                        field(i, RESOLVED_EARLY.property()),
                        msg("dossier.rule.combinedWithEarly", prefix, FMT.number(row.resolvedEarly()))));
                continue;
            }
            if (negative) continue; // out-of-range figures make every sum meaningless
            for (Sum sum : SUMS) {
                Integer total = row.figure(sum.total());
                List<DossierColumn> partColumns = parts(row, sum);
                if (total == null || partColumns.stream().anyMatch(p -> row.figure(p) == null)) continue;
                if (approximate(row, sum)) continue; // an estimate cannot break a sum: see approximateNotes
                // long: 2.147.483.647 + 2.147.483.647 + 2 must not wrap round to 0
                long parts = partColumns.stream().mapToLong(row::figure).sum();
                if (parts != total) {
                    String formula =
                            partColumns.stream().map(DossierRules::number).collect(Collectors.joining(" + "));
                    errors.add(new FieldViolation(
                            field(i, sum.total().property()),
                            msg(
                                    "dossier.rule.sum",
                                    prefix,
                                    number(sum.total()),
                                    name(sum.total()),
                                    FMT.number(total),
                                    formula,
                                    FMT.number(parts))));
                }
            }
        }
        errors.addAll(levelErrors(rows, rowNumbers, errors.isEmpty()));
        return errors;
    }

    /**
     * A table grouped by authority level: every row names its level, no typed LEVEL row (sub-totals are computed),
     * and, when the rows themselves are sound, each level's sub-total passes the sums of Biểu 06 (a guard: the
     * sub-total of sound rows adds up, so a failure here means the grouping lost or doubled a row).
     */
    private List<FieldViolation> levelErrors(List<DossierRowView> rows, List<Integer> rowNumbers, boolean rowsSound) {
        List<FieldViolation> errors = new ArrayList<>();
        if (!DossierLevels.grouped(rows)) return errors;
        for (int i = 0; i < rows.size(); i++) {
            DossierRowView row = rows.get(i);
            String prefix = prefix(rowNumbers.get(i), row.label());
            if (row.authorityLevel() == null) {
                errors.add(new FieldViolation(field(i, "authorityLevel"), msg("dossier.rule.levelMissing", prefix)));
            } else if (row.groupKind() == DossierGroupKind.LEVEL) {
                errors.add(new FieldViolation(field(i, "groupKind"), msg("dossier.rule.levelTypedRow", prefix)));
            }
        }
        if (!errors.isEmpty() || !rowsSound) return errors;
        DossierLevels.subtotals(rows).forEach((level, sub) -> {
            for (Sum sum : SUMS) {
                Integer total = sub.figure(sum.total());
                List<DossierColumn> partColumns = parts(sub, sum);
                if (total == null || partColumns.stream().anyMatch(p -> sub.figure(p) == null) || approximate(sub, sum))
                    continue;
                long parts = partColumns.stream().mapToLong(sub::figure).sum();
                if (parts == total) continue;
                String formula = partColumns.stream().map(DossierRules::number).collect(Collectors.joining(" + "));
                errors.add(new FieldViolation(
                        "levels." + level.name() + "." + sum.total().property(),
                        msg(
                                "dossier.rule.levelSum",
                                sub.label(),
                                number(sum.total()),
                                name(sum.total()),
                                FMT.number(total),
                                formula,
                                FMT.number(parts))));
            }
        });
        return errors;
    }

    /**
     * Causes of lateness: at most {@link LateCause#MAX_PER_ROW}, each with a reason, a count above 0 and (for OTHER)
     * a note of at most {@link LateCause#MAX_NOTE} characters; together no more than the row's late dossiers,
     * (10) + (13).
     */
    private List<FieldViolation> lateCauseErrors(int i, DossierRowView row, String prefix) {
        List<FieldViolation> errors = new ArrayList<>();
        List<LateCause> causes = row.lateCauses();
        if (causes.size() > LateCause.MAX_PER_ROW) {
            errors.add(new FieldViolation(
                    field(i, "lateCauses"), msg("dossier.rule.lateTooMany", prefix, LateCause.MAX_PER_ROW)));
            return errors;
        }
        long sum = 0;
        for (int k = 0; k < causes.size(); k++) {
            LateCause c = causes.get(k);
            String f = field(i, "lateCauses[" + k + "]");
            if (c.reason() == null)
                errors.add(new FieldViolation(f + ".reason", msg("dossier.rule.lateReason", prefix, k + 1)));
            if (c.count() == null || c.count() <= 0 || c.count() > MAX_FIGURE) {
                errors.add(new FieldViolation(f + ".count", msg("dossier.rule.lateCount", prefix, k + 1)));
            } else {
                sum += c.count();
            }
            if (c.reason() == LateCause.Reason.OTHER && c.note() == null) {
                errors.add(new FieldViolation(f + ".note", msg("dossier.rule.lateNote", prefix, k + 1)));
            }
            if (c.note() != null && c.note().length() > LateCause.MAX_NOTE) {
                errors.add(new FieldViolation(
                        f + ".note", msg("dossier.rule.lateNoteTooLong", prefix, k + 1, LateCause.MAX_NOTE)));
            }
        }
        if (sum > row.lateCount()) {
            errors.add(new FieldViolation(
                    field(i, "lateCauses"),
                    msg("dossier.rule.lateOver", prefix, FMT.number(sum), FMT.number(row.lateCount()))));
        }
        return errors;
    }

    /** True when the total or a part of the sum is an estimate («gần 2.840»). */
    public static boolean approximate(DossierRowView row, Sum sum) {
        return row.approximate(sum.total()) || parts(row, sum).stream().anyMatch(row::approximate);
    }

    /**
     * The parts of a sum for this row: for a row with «trước hạn và đúng hạn» combined in (9), (7) = (9) + (10);
     * otherwise the sum's own parts.
     */
    public static List<DossierColumn> parts(DossierRowView row, Sum sum) {
        if (row.earlyOnTimeCombined()
                && sum.total() == RESOLVED_TOTAL
                && sum.parts().contains(RESOLVED_EARLY)) {
            return List.of(RESOLVED_ON_TIME, RESOLVED_LATE);
        }
        return sum.parts();
    }

    /**
     * Notes (not errors) on sums that hold an estimate and do not add up exactly: «gần 2.840» beside parts that
     * give 2.835 is how communes report, but the reader should know the table does not balance.
     */
    public List<FieldViolation> approximateNotes(List<DossierRowView> rows) {
        List<FieldViolation> notes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            DossierRowView row = rows.get(i);
            for (Sum sum : SUMS) {
                Integer total = row.figure(sum.total());
                List<DossierColumn> partColumns = parts(row, sum);
                if (total == null
                        || partColumns.stream().anyMatch(p -> row.figure(p) == null)
                        || !approximate(row, sum)) continue;
                long parts = partColumns.stream().mapToLong(row::figure).sum();
                if (parts == total) continue;
                String formula = partColumns.stream().map(DossierRules::number).collect(Collectors.joining(" + "));
                notes.add(new FieldViolation(
                        field(i, sum.total().property()),
                        msg(
                                "dossier.warn.approximate",
                                prefix(i + 1, row.label()),
                                number(sum.total()),
                                name(sum.total()),
                                DossierCells.printed(row, sum.total()),
                                formula,
                                FMT.number(parts))));
            }
        }
        return notes;
    }

    /**
     * Warnings on column (6): a row's carried-over figure should equal the in-progress figure (11) of the row
     * with the same label in last period's report. {@code previous == null} means there is no last period's
     * report (or it has no statistics): then one warning says the check could not be made, if anything was
     * carried over.
     */
    public List<FieldViolation> carriedOverWarnings(
            List<DossierRowView> rows, List<DossierRowView> previous, String previousTitle) {
        List<FieldViolation> warnings = new ArrayList<>();
        if (previous == null || previous.isEmpty()) {
            boolean carried =
                    rows.stream().anyMatch(r -> r.receivedCarriedOver() != null && r.receivedCarriedOver() > 0);
            if (carried) warnings.add(new FieldViolation("rows", msg("dossier.warn.noPrevious")));
            return warnings;
        }
        for (CarriedOver c : carriedOverMismatches(rows, previous)) {
            warnings.add(new FieldViolation(
                    field(c.index(), RECEIVED_CARRIED_OVER.property()),
                    msg(
                            "dossier.warn.carriedOver",
                            prefix(c.index() + 1, c.row().label()),
                            FMT.number(c.row().receivedCarriedOver()),
                            FMT.number(c.previousPending()),
                            previousTitle == null ? "" : previousTitle)));
        }
        return warnings;
    }

    /** A row (at {@code index}) whose carried-over (6) differs from (11) of last period's row of the same label. */
    public record CarriedOver(int index, DossierRowView row, int previousPending) {}

    /**
     * The carried-over rule, for the page and the checks alike: (6) of a row should equal (11) of the row with
     * the same label (compared by {@link #key(String)}) in last period's report. Rows without either figure or
     * without a namesake are skipped.
     */
    public static List<CarriedOver> carriedOverMismatches(List<DossierRowView> rows, List<DossierRowView> previous) {
        Map<String, DossierRowView> byLabel = new HashMap<>();
        for (DossierRowView p : previous) byLabel.putIfAbsent(key(p.label()), p);
        List<CarriedOver> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            DossierRowView row = rows.get(i);
            DossierRowView last = byLabel.get(key(row.label()));
            if (last == null || row.receivedCarriedOver() == null || last.pendingTotal() == null) continue;
            if (!row.receivedCarriedOver().equals(last.pendingTotal()))
                out.add(new CarriedOver(i, row, last.pendingTotal()));
        }
        return out;
    }

    /** "Dòng 1 «Liên Mạc»" (or "Dòng 1" without a label). */
    public String prefix(int rowNumber, String label) {
        return label == null || label.isBlank()
                ? msg("dossier.row.unnamed", String.valueOf(rowNumber))
                : msg("dossier.row.named", String.valueOf(rowNumber), label.trim());
    }

    public String name(DossierColumn c) {
        return msg(c.messageKey());
    }

    static String field(int index, String property) {
        return "rows[" + index + "]." + property;
    }

    private static String number(DossierColumn c) {
        return "(" + c.number() + ")";
    }

    /** A row label as rows are matched across reports: NFC, trimmed, inner blanks folded, lower case (vi). */
    public static String key(String label) {
        if (label == null) return "";
        return Normalizer.normalize(label, Normalizer.Form.NFC)
                .trim()
                .replaceAll("\\s+", " ")
                .toLowerCase(VI);
    }

    /** A Vietnamese text of the dossier messages by key. */
    public String message(String key, Object... args) {
        return msg(key, args);
    }

    private String msg(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) texts[i] = String.valueOf(args[i]);
        return messages.text(key, texts);
    }
}
