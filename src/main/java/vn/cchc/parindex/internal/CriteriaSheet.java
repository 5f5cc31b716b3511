package vn.cchc.parindex.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.cchc.document.Diacritics;
import vn.cchc.parindex.FigureSource;
import vn.cchc.parindex.ScoringRule;
import vn.cchc.shared.FieldViolation;
import vn.cchc.spreadsheet.SheetRow;

/**
 * Reads the criteria of an index from the rows of its spreadsheet (columns: Mã, Nội dung, Điểm tối đa, Cách chấm,
 * Các mức điểm, Tài liệu kiểm chứng, Nguồn số liệu) and checks the tree as a whole: every error is listed with its
 * row and column; the caller saves nothing unless the list is empty.
 */
public final class CriteriaSheet {

    public static final List<String> HEADERS = List.of(
            "Mã", "Nội dung", "Điểm tối đa", "Cách chấm", "Các mức điểm", "Tài liệu kiểm chứng", "Nguồn số liệu");
    private static final Pattern CODE = Pattern.compile("\\d{1,2}(\\.\\d{1,2}){0,2}");
    private static final Map<String, ScoringRule> RULES = Map.of(
            "chon muc",
            ScoringRule.OPTIONS,
            "ty le",
            ScoringRule.PROPORTIONAL,
            "tru diem",
            ScoringRule.DEDUCTION,
            "dieu tra",
            ScoringRule.SURVEY);
    private static final Map<String, FigureSource> SOURCES = Map.of(
            "ty le truc tuyen",
            FigureSource.ONLINE_RATE,
            "ty le dung han",
            FigureSource.ON_TIME_RATE,
            "bao cao dung han",
            FigureSource.REPORT_ON_TIME);

    /** One parsed row. */
    public record Row(
            int sheetRow,
            String code,
            String parentCode,
            int level,
            String title,
            BigDecimal maxPoints,
            ScoringRule rule,
            List<BigDecimal> options,
            String evidence,
            FigureSource source) {}

    public record Result(List<Row> rows, List<FieldViolation> errors) {}

    private final ParTexts texts;

    public CriteriaSheet(ParTexts texts) {
        this.texts = texts;
    }

    public Result parse(List<SheetRow> sheet) {
        List<FieldViolation> errors = new ArrayList<>();
        Map<String, Row> rows = new LinkedHashMap<>();
        boolean header = false;
        for (SheetRow r : sheet) {
            if (!header) {
                header = Diacritics.fold(r.text(0)).startsWith("ma");
                continue;
            }
            Row row = row(r, rows, errors);
            if (row != null) rows.put(row.code(), row);
        }
        if (!header) errors.add(new FieldViolation("file", texts.t("parindex.import.noHeader")));
        else if (rows.isEmpty()) errors.add(new FieldViolation("file", texts.t("parindex.import.empty")));
        checkTree(rows, errors);
        return new Result(List.copyOf(rows.values()), errors);
    }

    private Row row(SheetRow r, Map<String, Row> seen, List<FieldViolation> errors) {
        int before = errors.size();
        String code = r.text(0).strip();
        if (code.endsWith(".")) code = code.substring(0, code.length() - 1);
        if (!CODE.matcher(code).matches()) {
            errors.add(error(r, 0, "parindex.import.code", r.text(0)));
            return null;
        }
        if (seen.containsKey(code)) errors.add(error(r, 0, "parindex.import.codeTwice", code));
        int level = code.split("\\.").length;
        String parent = level == 1 ? null : code.substring(0, code.lastIndexOf('.'));
        if (parent != null && !seen.containsKey(parent))
            errors.add(error(r, 0, "parindex.import.parent", code, parent));
        String title = r.text(1).strip();
        if (title.isEmpty() || title.length() > 1000) errors.add(error(r, 1, "parindex.import.title"));
        BigDecimal max = number(r, 2, errors);
        if (max == null && errors.size() == before) errors.add(error(r, 2, "parindex.import.max", r.text(2)));
        ScoringRule rule = null;
        String ruleText = Diacritics.fold(r.text(3));
        if (!ruleText.isEmpty()) {
            rule = RULES.get(ruleText);
            if (rule == null) {
                try {
                    rule = ScoringRule.valueOf(r.text(3).strip().toUpperCase());
                } catch (IllegalArgumentException e) {
                    errors.add(error(r, 3, "parindex.import.rule", r.text(3)));
                }
            }
        }
        List<BigDecimal> options = List.of();
        try {
            options = Points.list(
                    r.cell(4).number() != null ? String.valueOf(r.cell(4).number()) : r.text(4));
        } catch (NumberFormatException e) {
            errors.add(error(r, 4, "parindex.import.options", r.text(4)));
        }
        for (BigDecimal o : options) {
            if (max != null && (o.compareTo(max) > 0 || o.signum() < 0)) {
                errors.add(error(r, 4, "parindex.import.optionAboveMax", Points.format(o), Points.format(max)));
            }
        }
        if (rule == ScoringRule.OPTIONS && options.isEmpty()) errors.add(error(r, 4, "parindex.import.optionsMissing"));
        FigureSource source = null;
        String sourceText = Diacritics.fold(r.text(6));
        if (!sourceText.isEmpty()) {
            source = SOURCES.entrySet().stream()
                    .filter(e -> sourceText.startsWith(e.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
            if (source == null) {
                try {
                    source = FigureSource.valueOf(r.text(6).strip().toUpperCase());
                } catch (IllegalArgumentException e) {
                    errors.add(error(r, 6, "parindex.import.source", r.text(6)));
                }
            }
        }
        String evidence = r.text(5).strip();
        if (evidence.length() > 1000) errors.add(error(r, 5, "parindex.import.evidenceLong"));
        if (errors.size() > before) return null;
        return new Row(
                r.number(),
                code,
                parent,
                level,
                title,
                max,
                rule,
                options,
                evidence.isEmpty() ? null : evidence,
                source);
    }

    private BigDecimal number(SheetRow r, int col, List<FieldViolation> errors) {
        BigDecimal value;
        try {
            Double n = r.cell(col).number();
            value = n != null ? BigDecimal.valueOf(n) : Points.parse(r.text(col));
        } catch (NumberFormatException e) {
            return null;
        }
        if (value == null) return null;
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(1000)) > 0 || Points.tooPrecise(value)) {
            errors.add(error(r, col, "parindex.import.max", r.text(col)));
            return BigDecimal.ZERO;
        }
        return value;
    }

    /** Leaves have a rule and parents none; a parent's maximum is the sum of its children's. */
    private void checkTree(Map<String, Row> rows, List<FieldViolation> errors) {
        Map<String, List<Row>> children = new HashMap<>();
        for (Row r : rows.values())
            if (r.parentCode() != null)
                children.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r);
        for (Row r : rows.values()) {
            List<Row> kids = children.getOrDefault(r.code(), List.of());
            String where = texts.t("parindex.import.where", r.sheetRow(), r.code());
            if (kids.isEmpty() && r.rule() == null)
                errors.add(new FieldViolation(where, where + texts.t("parindex.import.leafRule")));
            if (!kids.isEmpty() && r.rule() != null)
                errors.add(new FieldViolation(where, where + texts.t("parindex.import.parentRule")));
            if (r.source() != null && (r.rule() == null || r.rule() == ScoringRule.SURVEY)) {
                errors.add(new FieldViolation(where, where + texts.t("parindex.import.sourceRule")));
            }
            if (!kids.isEmpty()) {
                BigDecimal sum = Points.sum(kids.stream().map(Row::maxPoints).toList());
                if (sum.compareTo(r.maxPoints()) != 0) {
                    errors.add(new FieldViolation(
                            where,
                            where + texts.t("parindex.import.sum", Points.format(r.maxPoints()), Points.format(sum))));
                }
            }
        }
    }

    private FieldViolation error(SheetRow r, int col, String key, Object... args) {
        String where = texts.t("parindex.import.cell", r.number(), HEADERS.get(col), SheetRow.column(col));
        return new FieldViolation(where, where + texts.t(key, args));
    }
}
