package vn.cchc.dossier.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import vn.cchc.dossier.DossierCells;
import vn.cchc.dossier.DossierColumn;
import vn.cchc.dossier.DossierGroupKind;
import vn.cchc.dossier.DossierLevels;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.dossier.DossierRules;
import vn.cchc.dossier.LateCause;
import vn.cchc.indicator.Qualifier;
import vn.cchc.procedure.AuthorityLevel;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ValidationFailedException;
import vn.cchc.shared.VnFormat;
import vn.cchc.spreadsheet.CountParser;
import vn.cchc.spreadsheet.SheetRow;
import vn.cchc.spreadsheet.SpreadsheetRejectedException;
import vn.cchc.spreadsheet.XlsxReader;
import vn.cchc.spreadsheet.XlsxTemplates;

/**
 * Biểu 06 as a spreadsheet: columns A (1) STT, B (2) label, C–M (3)–(13). Data rows follow the row that
 * numbers the columns (1), (2), (3) …, as on the official form. STT I, II … marks an authority-level row;
 * when there are such rows, the numbered rows under them are fields, otherwise units.
 */
public class DossierSheet {

    private static final VnFormat FMT = new VnFormat();
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+\\.?", Pattern.CASE_INSENSITIVE);
    private static final int FIRST_FIGURE = 2;
    /** Causes of lateness beside the figures: N reason, O count, P note (not on the official form; optional). */
    private static final int LATE_REASON = 13;

    private static final int LATE_COUNT = 14;
    private static final int LATE_NOTE = 15;

    private final XlsxReader reader;
    private final DossierRules rules;
    private final Messages messages;

    public DossierSheet(XlsxReader reader, DossierRules rules, MessageSource messages) {
        this.reader = reader;
        this.rules = rules;
        this.messages = new Messages(messages);
    }

    /** All rows of the file, or an exception listing every bad cell and broken rule (nothing partial). */
    public List<DossierRowView> parse(byte[] content) {
        List<SheetRow> all = reader.read(content);
        int header = -1;
        for (int i = 0; i < all.size() && header < 0; i++) if (isNumberingRow(all.get(i))) header = i;
        if (header < 0)
            throw new ValidationFailedException(
                    List.of(new FieldViolation("file", messages.text("dossier.import.noHeader"))));
        List<SheetRow> data = all.subList(header + 1, all.size());
        if (data.isEmpty())
            throw new ValidationFailedException(
                    List.of(new FieldViolation("file", messages.text("dossier.import.noRows"))));
        int limit = Math.min(reader.maxRows(), DossierRules.MAX_ROWS);
        if (data.size() > limit) {
            throw new SpreadsheetRejectedException(
                    "dossier.import.tooManyRows", FMT.number(data.size()), FMT.number(limit));
        }
        boolean levels = data.stream().anyMatch(r -> ROMAN.matcher(r.text(0)).matches());
        // grouped by authority level when a roman row names a level: its rows get that level, sub-totals are computed
        boolean byLevel = data.stream()
                .anyMatch(r -> ROMAN.matcher(r.text(0)).matches() && AuthorityLevel.fromWords(r.text(1)) != null);
        AuthorityLevel level = null;
        List<TypedLine> typed = new ArrayList<>();
        List<FieldViolation> errors = new ArrayList<>();
        List<DossierRowView> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<List<LateCause>> causes = new ArrayList<>();
        DossierColumn[] cols = DossierColumn.values();
        for (SheetRow r : data) {
            if (onlyCause(r)) {
                // a row with a cause and nothing else adds a cause to the row above it
                if (rows.isEmpty()) {
                    errors.add(new FieldViolation(
                            "N" + r.number(),
                            messages.text("dossier.import.causeWithoutRow", String.valueOf(r.number()))));
                } else {
                    cause(r, errors).ifPresent(causes.get(causes.size() - 1)::add);
                }
                continue;
            }
            Integer[] f = new Integer[cols.length];
            Map<DossierColumn, Qualifier> qualifiers = new EnumMap<>(DossierColumn.class);
            for (int c = 0; c < cols.length; c++) {
                int index = FIRST_FIGURE + c;
                // a numeric cell is exact; a text cell may read «gần 2.840»
                DossierCells.Parsed p = r.cell(index).number() != null
                        ? exact(CountParser.parse(r.cell(index)))
                        : DossierCells.parse(r.text(index));
                qualifiers.put(cols[c], p.qualifier());
                if (!p.valid()) {
                    String column = SheetRow.column(index);
                    errors.add(new FieldViolation(
                            column + r.number(),
                            messages.text(
                                    "dossier.import.cell",
                                    String.valueOf(r.number()),
                                    column,
                                    rules.name(cols[c]),
                                    r.text(index))));
                }
                f[c] = p.value();
            }
            AuthorityLevel named = ROMAN.matcher(r.text(0)).matches() ? AuthorityLevel.fromWords(r.text(1)) : null;
            if (named != null || (byLevel && isTotalRow(r))) {
                // «I. Thẩm quyền cấp xã» or «Tổng số»: a computed line; figures typed there are only compared
                typed.add(new TypedLine(
                        r.number(), r.text(1), named, DossierRowView.of(r.text(1), DossierGroupKind.LEVEL, f)));
                if (named != null) level = named;
                continue;
            }
            DossierGroupKind kind = ROMAN.matcher(r.text(0)).matches()
                    ? DossierGroupKind.LEVEL
                    : levels ? DossierGroupKind.FIELD : DossierGroupKind.UNIT;
            rows.add(DossierRowView.of(r.text(1), kind, f)
                    .withQualifiers(qualifiers)
                    .withAuthorityLevel(level));
            numbers.add(r.number());
            causes.add(new ArrayList<>());
            if (hasCause(r)) cause(r, errors).ifPresent(causes.get(causes.size() - 1)::add);
        }
        for (int i = 0; i < rows.size(); i++) rows.set(i, rows.get(i).withLateCauses(causes.get(i)));
        if (errors.isEmpty()) errors.addAll(rules.validate(rows, numbers));
        if (errors.isEmpty()) errors.addAll(typedLineErrors(typed, rows));
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        return rows;
    }

    /** A «Tổng số» or level line of the file (level null for the total) with the figures typed on it. */
    private record TypedLine(int number, String label, AuthorityLevel level, DossierRowView typed) {}

    private static boolean isTotalRow(SheetRow r) {
        String label = r.text(1).trim().toLowerCase(Messages.VI);
        return r.text(0).isBlank() && (label.equals("tổng số") || label.equals("tổng cộng") || label.equals("cộng"));
    }

    /**
     * Figures typed on a level or total line must be what its rows add up to: the file was added up by hand, and a
     * difference means a row is missing, doubled or mistyped. Blank typed cells, or unknown sums, are not compared.
     */
    private List<FieldViolation> typedLineErrors(List<TypedLine> typed, List<DossierRowView> rows) {
        List<FieldViolation> errors = new ArrayList<>();
        Map<AuthorityLevel, DossierRowView> subtotals = DossierLevels.subtotals(rows);
        DossierRowView total = DossierLevels.sum("", List.copyOf(subtotals.values()));
        for (TypedLine t : typed) {
            DossierRowView computed = t.level() == null ? total : subtotals.get(t.level());
            for (DossierColumn c : DossierColumn.values()) {
                Integer want = t.typed().figure(c);
                Integer have = computed == null ? Integer.valueOf(0) : computed.figure(c);
                if (computed != null && computed.earlyOnTimeCombined() && c == DossierColumn.RESOLVED_EARLY) continue;
                if (want == null || have == null || want.equals(have)) continue;
                errors.add(new FieldViolation(
                        SheetRow.column(FIRST_FIGURE + c.ordinal()) + t.number(),
                        messages.text(
                                "dossier.import.levelSum",
                                rules.prefix(t.number(), t.label()),
                                "(" + c.number() + ")",
                                rules.name(c),
                                FMT.number(want),
                                FMT.number(have))));
            }
        }
        return errors;
    }

    private static boolean hasCause(SheetRow r) {
        return !r.cell(LATE_REASON).isBlank()
                || !r.cell(LATE_COUNT).isBlank()
                || !r.cell(LATE_NOTE).isBlank();
    }

    private static boolean onlyCause(SheetRow r) {
        for (int c = 0; c < LATE_REASON; c++) if (!r.cell(c).isBlank()) return false;
        return hasCause(r);
    }

    /**
     * The cause in N–P of a row: an unknown reason or a count that is not a whole number is an error naming the
     * cell; the rules then judge the rest (count above 0, note for «Khác», no more than the row's late dossiers).
     */
    private Optional<LateCause> cause(SheetRow r, List<FieldViolation> errors) {
        String reasonText = r.text(LATE_REASON);
        Optional<LateCause.Reason> reason = DossierCells.reason(reasonText);
        boolean ok = true;
        if (reason.isEmpty()) {
            ok = false;
            errors.add(new FieldViolation(
                    "N" + r.number(),
                    messages.text(
                            "dossier.import.causeReason", String.valueOf(r.number()), reasonText, reasonNames())));
        }
        CountParser.Parsed count = CountParser.parse(r.cell(LATE_COUNT));
        if (!count.valid() || count.value() == null) {
            ok = false;
            errors.add(new FieldViolation(
                    "O" + r.number(),
                    messages.text("dossier.import.causeCount", String.valueOf(r.number()), r.text(LATE_COUNT))));
        }
        return ok ? Optional.of(new LateCause(reason.get(), count.value(), r.text(LATE_NOTE))) : Optional.empty();
    }

    private static String reasonNames() {
        return Arrays.stream(LateCause.Reason.values())
                .map(DossierCells::reasonName)
                .map(n -> "«" + n + "»")
                .collect(Collectors.joining("; "));
    }

    private static DossierCells.Parsed exact(CountParser.Parsed p) {
        return new DossierCells.Parsed(p.valid(), p.value(), Qualifier.EXACT);
    }

    private static boolean isNumberingRow(SheetRow r) {
        return numbered(r.text(0), 1) && numbered(r.text(1), 2) && numbered(r.text(2), 3);
    }

    private static boolean numbered(String text, int n) {
        return text.replace("(", "").replace(")", "").trim().equals(String.valueOf(n));
    }

    /** An empty Biểu 06 with the official headers, merged like the form, and the column numbers. */
    public byte[] template() {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet s = wb.createSheet(messages.text("dossier.template.sheet"));
        CellStyle head = XlsxTemplates.headerStyle(wb);
        set(s.createRow(0), 0, messages.text("dossier.template.title"), XlsxTemplates.titleStyle(wb));
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 12));
        Row r1 = s.createRow(1);
        Row r2 = s.createRow(2);
        Row r3 = s.createRow(3);
        Row r4 = s.createRow(4);
        for (int c = 0; c <= LATE_NOTE; c++) {
            set(r1, c, "", head);
            set(r2, c, "", head);
            set(r3, c, "", head);
            set(r4, c, c <= 12 ? "(" + (c + 1) + ")" : "", head);
        }
        set(r1, 0, messages.text("dossier.col.1"), head);
        set(r1, 1, messages.text("dossier.col.2"), head);
        set(r1, 2, messages.text("dossier.group.received"), head);
        set(r1, 6, messages.text("dossier.group.resolved"), head);
        set(r1, 10, messages.text("dossier.group.pending"), head);
        set(r2, 2, messages.text("dossier.group.total"), head);
        set(r2, 3, messages.text("dossier.group.received.inPeriod"), head);
        set(r3, 3, messages.text("dossier.col.4"), head);
        set(r3, 4, messages.text("dossier.col.5"), head);
        set(r2, 5, messages.text("dossier.col.6"), head);
        set(r2, 6, messages.text("dossier.group.total"), head);
        set(r2, 7, messages.text("dossier.col.8"), head);
        set(r2, 8, messages.text("dossier.col.9"), head);
        set(r2, 9, messages.text("dossier.col.10"), head);
        set(r2, 10, messages.text("dossier.group.total"), head);
        set(r2, 11, messages.text("dossier.col.12"), head);
        set(r2, 12, messages.text("dossier.col.13"), head);
        s.addMergedRegion(new CellRangeAddress(1, 3, 0, 0));
        s.addMergedRegion(new CellRangeAddress(1, 3, 1, 1));
        s.addMergedRegion(new CellRangeAddress(1, 1, 2, 5));
        s.addMergedRegion(new CellRangeAddress(1, 1, 6, 9));
        s.addMergedRegion(new CellRangeAddress(1, 1, 10, 12));
        s.addMergedRegion(new CellRangeAddress(2, 3, 2, 2));
        s.addMergedRegion(new CellRangeAddress(2, 2, 3, 4));
        for (int c = 5; c <= 12; c++) s.addMergedRegion(new CellRangeAddress(2, 3, c, c));
        set(r1, LATE_REASON, messages.text("dossier.template.late"), head);
        set(r2, LATE_REASON, messages.text("dossier.template.late.reason"), head);
        set(r2, LATE_COUNT, messages.text("dossier.template.late.count"), head);
        set(r2, LATE_NOTE, messages.text("dossier.template.late.note"), head);
        s.addMergedRegion(new CellRangeAddress(1, 1, LATE_REASON, LATE_NOTE));
        for (int c = LATE_REASON; c <= LATE_NOTE; c++) s.addMergedRegion(new CellRangeAddress(2, 3, c, c));
        reasonList(wb, s);
        set(s.getRow(1), LATE_NOTE + 2, messages.text("dossier.template.note"), null);
        s.setColumnWidth(0, 6 * 256);
        s.setColumnWidth(1, 32 * 256);
        for (int c = 2; c <= 12; c++) s.setColumnWidth(c, 12 * 256);
        s.setColumnWidth(LATE_REASON, 30 * 256);
        s.setColumnWidth(LATE_COUNT, 10 * 256);
        s.setColumnWidth(LATE_NOTE, 30 * 256);
        s.createFreezePane(2, 5);
        return XlsxTemplates.bytes(wb);
    }

    /**
     * A drop-down of the reasons in column N. The names hold commas, so the list lives on a second, hidden sheet
     * (the import reads only the first).
     */
    private static void reasonList(XSSFWorkbook wb, XSSFSheet s) {
        XSSFSheet list = wb.createSheet("LyDo");
        LateCause.Reason[] reasons = LateCause.Reason.values();
        for (int i = 0; i < reasons.length; i++)
            list.createRow(i).createCell(0).setCellValue(DossierCells.reasonName(reasons[i]));
        wb.setSheetHidden(wb.getSheetIndex(list), true);
        var helper = s.getDataValidationHelper();
        var constraint = helper.createFormulaListConstraint("LyDo!$A$1:$A$" + reasons.length);
        var validation = helper.createValidation(
                constraint, new CellRangeAddressList(5, 5 + DossierRules.MAX_ROWS * 2, LATE_REASON, LATE_REASON));
        validation.setShowErrorBox(true);
        s.addValidationData(validation);
    }

    private static void set(Row row, int col, String text, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(text);
        if (style != null) cell.setCellStyle(style);
    }
}
