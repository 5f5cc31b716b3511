package vn.cchc.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.RecordWriters;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.period.Periods;
import vn.cchc.report.Report;
import vn.cchc.report.ReportSection;
import vn.cchc.report.Reports;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ValidationFailedException;
import vn.cchc.shared.VnFormat;

/** The figures of a report: reading (composer, checks, page), saving the whole page at once, formatting. */
@Service
@Transactional(readOnly = true)
public class IndicatorValues {

    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final Reports reports;
    private final AuditTrail audit;
    private final Messages messages;
    private final VnFormat fmt;
    private final OrgUnits orgUnits;
    private final Periods periods;
    private final JdbcTemplate jdbc;

    IndicatorValues(
            IndicatorRepository indicators,
            IndicatorValueRepository values,
            Reports reports,
            AuditTrail audit,
            MessageSource messages,
            VnFormat fmt,
            OrgUnits orgUnits,
            Periods periods,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.periods = periods;
        this.indicators = indicators;
        this.values = values;
        this.reports = reports;
        this.audit = audit;
        this.messages = new Messages(messages);
        this.fmt = fmt;
    }

    /**
     * The report's figures in catalogue order (no access check: for the composer and the checks). Read with SQL,
     * not through the persistence context, so a caller's open transaction never sees a stale figure.
     */
    public List<IndicatorValueView> forReport(long reportId) {
        return jdbc.query("""
                select i.code, i.label, i.unit_of_measure, i.section_code, i.kind, i.money_scale, i.out_of,
                       v.numeric_value, v.text_value, v.date_value, v.yes_no, v.qualifier, v.note, v.version
                from indicator_value v join indicator i on i.id = v.indicator_id
                where v.report_id = ? order by i.position, i.code""", (rs, n) -> view(rs), reportId);
    }

    /**
     * The figures of many reports at once (report id → figures in catalogue order), one query whatever their
     * number: for the office's compiled report over its units.
     */
    public Map<Long, List<IndicatorValueView>> forReports(Collection<Long> reportIds) {
        Map<Long, List<IndicatorValueView>> out = new LinkedHashMap<>();
        if (reportIds.isEmpty()) return out;
        jdbc.query(
                """
                select v.report_id, i.code, i.label, i.unit_of_measure, i.section_code, i.kind, i.money_scale, i.out_of,
                       v.numeric_value, v.text_value, v.date_value, v.yes_no, v.qualifier, v.note, v.version
                from indicator_value v join indicator i on i.id = v.indicator_id
                where v.report_id = any(?) order by v.report_id, i.position, i.code""",
                rs -> {
                    out.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>())
                            .add(view(rs));
                },
                (Object) reportIds.toArray(Long[]::new));
        return out;
    }

    private IndicatorValueView view(ResultSet rs) throws SQLException {
        IndicatorKind kind = IndicatorKind.valueOf(rs.getString("kind"));
        BigDecimal num = rs.getBigDecimal("numeric_value");
        if (num != null) {
            num = num.stripTrailingZeros();
            if (num.scale() < 0) num = num.setScale(0);
        }
        LocalDate date = rs.getObject("date_value", LocalDate.class);
        Boolean yesNo = (Boolean) rs.getObject("yes_no");
        String scale = rs.getString("money_scale");
        String qualifier = rs.getString("qualifier");
        String printed = withQualifier(
                qualifier,
                FigureFormat.body(
                        kind,
                        scale == null ? null : MoneyScale.valueOf(scale),
                        rs.getBigDecimal("out_of"),
                        rs.getString("unit_of_measure"),
                        num,
                        rs.getString("text_value"),
                        date,
                        yesNo,
                        false));
        return new IndicatorValueView(
                rs.getString("code"),
                rs.getString("label"),
                rs.getString("unit_of_measure"),
                rs.getString("section_code"),
                kind.name(),
                num,
                rs.getString("text_value"),
                qualifier,
                rs.getString("note"),
                rs.getLong("version"),
                date,
                yesNo,
                printed);
    }

    /** One row per catalogue entry to show on the page: active entries plus inactive ones that have a value. */
    public List<IndicatorEntry> entries(UnitViewer viewer, long reportId) {
        reports.get(viewer, reportId);
        Map<Long, IndicatorValue> byIndicator = values.findByReportId(reportId).stream()
                .collect(Collectors.toMap(IndicatorValue::getIndicatorId, Function.identity()));
        List<IndicatorEntry> out = new ArrayList<>();
        for (Indicator i : catalogueFor(reportId)) {
            IndicatorValue v = byIndicator.get(i.getId());
            if (!i.isActive() && v == null) continue;
            out.add(new IndicatorEntry(
                    i.getCode(),
                    i.getLabel(),
                    i.getUnitOfMeasure(),
                    i.getSectionCode(),
                    i.getKind().name(),
                    v == null ? "" : inputText(i.getKind(), v),
                    v == null ? Qualifier.EXACT.name() : v.getQualifier().name(),
                    v == null ? null : v.getNote(),
                    v == null ? null : v.getVersion()));
        }
        return out;
    }

    /**
     * Saves the whole page in one transaction: every row is validated first (messages name the indicator and
     * the rule), then changed rows are written; an empty value removes the figure. A row that someone else
     * changed since the page was opened refuses the whole save ({@link StaleValuesException}).
     */
    @Transactional
    public int saveAll(UnitViewer viewer, long reportId, List<ValueInput> rows) {
        Report report = reports.lockEditable(viewer, reportId); // one writer at a time (first saves race on insert)
        RecordWriters.require(viewer, report.getOrgUnitId());
        Map<String, Indicator> byCode =
                indicators.findAll().stream().collect(Collectors.toMap(Indicator::getCode, Function.identity()));
        Set<Long> chain = unitAndAncestors(report);
        int year = periods.get(report.getPeriodId()).getYear();
        Map<Long, IndicatorValue> existing = new HashMap<>();
        values.findByReportId(reportId).forEach(v -> existing.put(v.getIndicatorId(), v));

        List<FieldViolation> errors = new ArrayList<>();
        Map<ValueInput, Parsed> parsed = new LinkedHashMap<>();
        for (ValueInput row : rows) {
            Indicator i = byCode.get(row.code());
            if (i == null) {
                errors.add(new FieldViolation(row.code(), messages.text("indicator.value.unknown", row.code())));
                continue;
            }
            if (!i.appliesTo(chain, year)) {
                errors.add(
                        new FieldViolation(row.code(), messages.text("indicator.value.notApplicable", i.getLabel())));
                continue;
            }
            Parsed p = parse(i, row, errors);
            if (p != null) parsed.put(row, p);
        }
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);

        List<String> stale = new ArrayList<>();
        for (var e : parsed.entrySet()) {
            Indicator i = byCode.get(e.getKey().code());
            IndicatorValue current = existing.get(i.getId());
            if (e.getValue().sameAs(current)) continue;
            Long seen = e.getKey().version();
            boolean changedMeanwhile = current == null ? seen != null : !Objects.equals(seen, current.getVersion());
            if (changedMeanwhile) stale.add(i.getLabel());
        }
        if (!stale.isEmpty()) throw new StaleValuesException(stale);

        int changed = 0;
        for (var e : parsed.entrySet()) {
            Indicator i = byCode.get(e.getKey().code());
            IndicatorValue current = existing.get(i.getId());
            Parsed p = e.getValue();
            if (p.sameAs(current)) continue;
            Map<String, Object> before = current == null ? null : state(i, current);
            if (p.empty()) {
                values.delete(current);
                audit.record(AuditEvent.of("DELETE", "IndicatorValue", current.getId(), before, null)
                        .forReport(reportId, report.getOrgUnitId()));
            } else {
                IndicatorValue v = current == null ? new IndicatorValue(reportId, i.getId()) : current;
                v.set(p.numeric(), p.text(), p.date(), p.yesNo(), p.qualifier(), p.note());
                v = values.save(v);
                values.flush();
                audit.record(AuditEvent.of(
                                current == null ? "CREATE" : "UPDATE", "IndicatorValue", v.getId(), before, state(i, v))
                        .forReport(reportId, report.getOrgUnitId()));
            }
            changed++;
        }
        values.flush();
        return changed;
    }

    /**
     * The figure as printed: "2.579", "99,02 %", "4.500.845.758", "4,42 tỷ đồng", "43,26/60 điểm", "gần 2.840";
     * with {@code padTwoDigits} a count below 10 prints with two digits ("02").
     */
    public String format(IndicatorValueView v, boolean padTwoDigits) {
        if (v == null) return "";
        return format(v, padTwoDigits, indicators.findByCode(v.code()).orElse(null));
    }

    /**
     * {@link #format} of many figures with one read of their catalogue entries (code → printed figure), instead of
     * one read per figure: a report's composition formats every figure on each preview, PDF and checks page.
     */
    public Map<String, String> formatAll(Collection<IndicatorValueView> views, boolean padTwoDigits) {
        Map<String, String> out = new LinkedHashMap<>();
        if (views.isEmpty()) return out;
        Map<String, Indicator> byCode =
                indicators
                        .findByCodeIn(
                                views.stream().map(IndicatorValueView::code).collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(Indicator::getCode, Function.identity()));
        for (IndicatorValueView v : views) out.put(v.code(), format(v, padTwoDigits, byCode.get(v.code())));
        return out;
    }

    private String format(IndicatorValueView v, boolean padTwoDigits, Indicator i) {
        IndicatorKind kind = IndicatorKind.valueOf(v.kind());
        String body = FigureFormat.body(
                kind,
                i == null ? null : i.getMoneyScale(),
                i == null ? null : i.getOutOf(),
                v.unitOfMeasure(),
                v.numericValue(),
                v.textValue(),
                v.dateValue(),
                v.yesNo(),
                padTwoDigits);
        return withQualifier(v.qualifier(), body);
    }

    private String withQualifier(String qualifier, String body) {
        Qualifier q = qualifier == null ? Qualifier.EXACT : Qualifier.valueOf(qualifier);
        if (q == Qualifier.EXACT) return body;
        return messages.text(q.wordKey()) + " " + body;
    }

    /**
     * The catalogue a report carries, in report order: the national entries and those of the offices above its
     * unit (as they stood at the period's end), for the period's year.
     */
    public List<Indicator> catalogueFor(long reportId) {
        Report report = reports.getInternal(reportId);
        Set<Long> chain = unitAndAncestors(report);
        int year = periods.get(report.getPeriodId()).getYear();
        return catalogueInReportOrder().stream()
                .filter(i -> i.appliesTo(chain, year))
                .toList();
    }

    private Set<Long> unitAndAncestors(Report report) {
        Set<Long> chain = new HashSet<>();
        chain.add(report.getOrgUnitId());
        LocalDate end = periods.get(report.getPeriodId()).getWindowEnd();
        orgUnits.ancestorsOn(report.getOrgUnitId(), end).forEach(u -> chain.add(u.getId()));
        return chain;
    }

    /** Catalogue entries in report order: by section, then position. */
    public List<Indicator> catalogueInReportOrder() {
        return indicators.findAllByOrderByPositionAscCodeAsc().stream()
                .sorted(Comparator.comparingInt((Indicator i) -> ReportSection.order(i.getSectionCode()))
                        .thenComparingInt(Indicator::getPosition))
                .toList();
    }

    // ---- parsing -------------------------------------------------------------------------------------------

    record Parsed(BigDecimal numeric, String text, LocalDate date, Boolean yesNo, Qualifier qualifier, String note) {
        Parsed(BigDecimal numeric, String text, Qualifier qualifier, String note) {
            this(numeric, text, null, null, qualifier, note);
        }

        boolean empty() {
            return numeric == null && text == null && date == null && yesNo == null;
        }

        boolean sameAs(IndicatorValue v) {
            if (v == null) return empty();
            if (empty()) return false;
            boolean num = numeric == null
                    ? v.getNumericValue() == null
                    : v.getNumericValue() != null && numeric.compareTo(v.getNumericValue()) == 0;
            return num
                    && Objects.equals(text, v.getTextValue())
                    && Objects.equals(date, v.getDateValue())
                    && Objects.equals(yesNo, v.getYesNo())
                    && qualifier == v.getQualifier()
                    && Objects.equals(note, v.getNote());
        }
    }

    private Parsed parse(Indicator i, ValueInput row, List<FieldViolation> errors) {
        String raw = row.value() == null ? "" : row.value().trim();
        Qualifier q;
        try {
            q = row.qualifier() == null || row.qualifier().isBlank()
                    ? Qualifier.EXACT
                    : Qualifier.valueOf(row.qualifier());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldViolation(i.getCode(), messages.text("indicator.value.qualifier", i.getLabel())));
            return null;
        }
        String note =
                row.note() == null || row.note().isBlank() ? null : row.note().trim();
        if (raw.isEmpty()) return new Parsed(null, null, q, note);
        if (!i.getKind().numeric()) q = Qualifier.EXACT;
        Parsed p = FigureParser.parse(i, raw, q, note);
        if (p == null) {
            String key = i.getKind() == IndicatorKind.DECIMAL && i.getOutOf() != null
                    ? "indicator.value.decimalOutOf"
                    : "indicator.value." + i.getKind().name().toLowerCase(Locale.ROOT);
            errors.add(new FieldViolation(
                    i.getCode(),
                    messages.text(
                            key, i.getLabel(), raw, i.getOutOf() == null ? "" : FigureFormat.number(i.getOutOf(), 2))));
        }
        return p;
    }

    /** "99,02", "99.02", "1.234,5" → number; null when not a number. */
    static BigDecimal decimal(String s) {
        if (s == null) return null;
        String t = s.replace(" ", "").replace("\u00a0", "");
        if (t.contains(",")) t = t.replace(".", "").replace(',', '.');
        if (!t.matches("\\d+(\\.\\d+)?")) return null;
        return new BigDecimal(t);
    }

    /** The stored value as the page shows it for editing: exact (money in full đồng), Vietnamese form. */
    static String inputText(IndicatorKind kind, IndicatorValue v) {
        return switch (kind) {
            case TEXT -> v.getTextValue() == null ? "" : v.getTextValue();
            case DATE, YES_NO ->
                FigureFormat.body(
                        kind, null, null, null, null, v.getTextValue(), v.getDateValue(), v.getYesNo(), false);
            default ->
                v.getNumericValue() == null
                        ? (v.getTextValue() == null ? "" : v.getTextValue())
                        : FigureFormat.number(v.getNumericValue(), 4);
        };
    }

    private Map<String, Object> state(Indicator i, IndicatorValue v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", i.getCode());
        m.put(
                "value",
                v.getNumericValue() != null
                        ? v.getNumericValue().stripTrailingZeros().toPlainString()
                        : v.getDateValue() != null
                                ? v.getDateValue().toString()
                                : v.getYesNo() != null ? v.getYesNo() : v.getTextValue());
        m.put("qualifier", v.getQualifier().name());
        if (v.getNote() != null) m.put("note", v.getNote());
        return m;
    }
}
