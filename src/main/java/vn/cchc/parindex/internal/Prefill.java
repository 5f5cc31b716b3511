package vn.cchc.parindex.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.cchc.dossier.DossierColumn;
import vn.cchc.dossier.DossierGroupKind;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.dossier.DossierStatisticsService;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.parindex.Criterion;
import vn.cchc.parindex.ScoringRule;
import vn.cchc.parindex.Suggestion;
import vn.cchc.report.ReportStatus;
import vn.cchc.report.ReportSummary;
import vn.cchc.report.Reports;
import vn.cchc.shared.VnFormat;

/**
 * Proposes points from figures the app already has for the unit's annual report of the year: the online and
 * on-time rates of Biểu 06 (proportional: rate × maximum) and whether the report was sent on time.
 */
@Component
public class Prefill {

    /** Reads as the system: the caller's access to the unit was checked before. */
    static final UnitViewer SYSTEM = new UnitViewer() {
        public Long unitId() {
            return null;
        }

        public boolean seesSubordinates() {
            return true;
        }

        public boolean seesAll() {
            return true;
        }
    };

    private final Reports reports;
    private final DossierStatisticsService dossier;
    private final ParTexts texts;
    private final VnFormat fmt = new VnFormat();

    public Prefill(Reports reports, DossierStatisticsService dossier, ParTexts texts) {
        this.reports = reports;
        this.dossier = dossier;
        this.texts = texts;
    }

    public Suggestion suggest(Criterion c, long unitId, int year) {
        if (c.source() == null) return null;
        Optional<ReportSummary> report = annualReport(unitId, year);
        if (report.isEmpty()) return null;
        return switch (c.source()) {
            case ONLINE_RATE ->
                rate(
                        c,
                        report.get(),
                        DossierColumn.RECEIVED_ONLINE,
                        null,
                        DossierColumn.RECEIVED_TOTAL,
                        "parindex.prefill.online");
            case ON_TIME_RATE ->
                rate(
                        c,
                        report.get(),
                        DossierColumn.RESOLVED_EARLY,
                        DossierColumn.RESOLVED_ON_TIME,
                        DossierColumn.RESOLVED_TOTAL,
                        "parindex.prefill.onTime");
            case REPORT_ON_TIME -> onTime(c, report.get());
        };
    }

    private Suggestion rate(
            Criterion c, ReportSummary r, DossierColumn part, DossierColumn part2, DossierColumn whole, String key) {
        List<DossierRowView> rows = rows(r.id());
        Integer p = sum(rows, part);
        Integer p2 = part2 == null ? Integer.valueOf(0) : sum(rows, part2);
        Integer w = sum(rows, whole);
        if (p == null || p2 == null || w == null || w == 0) return null;
        BigDecimal rate = BigDecimal.valueOf(p + p2).divide(BigDecimal.valueOf(w), 6, RoundingMode.HALF_UP);
        BigDecimal points = c.rule() == ScoringRule.PROPORTIONAL
                ? c.maxPoints().multiply(rate).setScale(2, RoundingMode.HALF_UP)
                : best(c, rate);
        return new Suggestion(
                points,
                texts.t(
                        key,
                        r.periodTitle(),
                        fmt.number(p + p2),
                        fmt.number(w),
                        fmt.percent(rate.multiply(BigDecimal.valueOf(100)))));
    }

    /** For fixed levels: the full points only at 100 %, else the next level down. */
    private static BigDecimal best(Criterion c, BigDecimal rate) {
        List<BigDecimal> levels =
                c.options().stream().sorted(Comparator.reverseOrder()).toList();
        if (levels.isEmpty()) return null;
        return rate.compareTo(BigDecimal.ONE) >= 0 || levels.size() == 1 ? levels.get(0) : levels.get(1);
    }

    private Suggestion onTime(Criterion c, ReportSummary r) {
        boolean sent = r.status() != ReportStatus.DRAFT && r.status() != ReportStatus.RETURNED;
        BigDecimal top = c.options().isEmpty()
                ? c.maxPoints()
                : c.options().stream().max(Comparator.naturalOrder()).get();
        BigDecimal points = sent && !r.submittedLate() ? top : BigDecimal.ZERO;
        String key = !sent
                ? "parindex.prefill.report.notSent"
                : r.submittedLate() ? "parindex.prefill.report.late" : "parindex.prefill.report.onTime";
        return new Suggestion(points, texts.t(key, r.periodTitle(), fmt.date(r.deadline())));
    }

    private Optional<ReportSummary> annualReport(long unitId, int year) {
        return reports.visible(SYSTEM, year, unitId).stream()
                .filter(r -> r.periodStart() != null && r.periodEnd() != null)
                .max(Comparator.comparingLong(r -> ChronoUnit.DAYS.between(r.periodStart(), r.periodEnd())));
    }

    private List<DossierRowView> rows(long reportId) {
        List<DossierRowView> all = dossier.rowsForReport(reportId);
        for (DossierGroupKind kind : List.of(DossierGroupKind.UNIT, DossierGroupKind.FIELD, DossierGroupKind.LEVEL)) {
            List<DossierRowView> of =
                    all.stream().filter(r -> r.groupKind() == kind).toList();
            if (!of.isEmpty()) return of;
        }
        return List.of();
    }

    private static Integer sum(List<DossierRowView> rows, DossierColumn column) {
        if (rows.isEmpty()) return null;
        int total = 0;
        for (DossierRowView r : rows) {
            Integer v = r.figure(column);
            if (v == null) return null;
            total += v;
        }
        return total;
    }
}
