package vn.cchc.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.IntegrationTest;
import vn.cchc.dossier.DossierStatisticsService;
import vn.cchc.indicator.IndicatorCatalogue;
import vn.cchc.indicator.IndicatorValues;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;

/**
 * Relations between figures kept as data (breakdowns, ratios) checked on a report of real shape: silent when the
 * figures agree, and each planted inconsistency found with a message naming both numbers.
 */
@IntegrationTest
class FigureRelationsChecksTests {

    @Autowired
    ReportChecks checks;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    IndicatorValues values;

    @Autowired
    DossierStatisticsService dossier;

    CommuneFiguresFixture fx;

    @BeforeEach
    void setUp() {
        fx = new CommuneFiguresFixture(orgUnits, periods, reports, jdbc, catalogue, values, dossier);
    }

    List<String> figureFindings() {
        return checks.run(fx.f.reportId()).stream()
                .filter(x -> List.of("FIGURE_PARTS", "PROSE_FIGURE_MISMATCH", "DOSSIER_ARITHMETIC")
                        .contains(x.rule()))
                .map(x -> x.severity() + " " + x.message())
                .toList();
    }

    @Test
    void aConsistentReportRaisesNothing() {
        fx.consistent();
        assertThat(figureFindings()).isEmpty();
    }

    @Test
    void partsThatDoNotMakeTheTotalAreFoundNamingBothNumbers() {
        fx.enter(List.of("DENUNCIATIONS", "0", "COMPLAINTS", "1", "REQUESTS", "15", "PETITIONS", "17"));
        assertThat(figureFindings())
                .containsExactly("ERROR Chỉ tiêu «Tổng số đơn thư tiếp nhận» ghi 17, nhưng các phần "
                        + "«Số đơn tố cáo» 0 + «Số đơn khiếu nại» 1 + «Số đơn kiến nghị, phản ánh» 15 cộng lại là 16.");
    }

    @Test
    void partsLeftEmptyStillSayWhatIsUnclassified() {
        fx.enter(List.of("COMPLAINTS", "1", "REQUESTS", "12", "PETITIONS", "16"));
        assertThat(figureFindings())
                .containsExactly("WARNING Chỉ tiêu «Tổng số đơn thư tiếp nhận» ghi 16, nhưng các phần "
                        + "đã nhập «Số đơn khiếu nại» 1 + «Số đơn kiến nghị, phản ánh» 12 mới có 13: thiếu 3 chưa phân loại "
                        + "(chưa nhập «Số đơn tố cáo»).");
    }

    @Test
    void aPercentThatDoesNotReconcileWithItsTermsIsFound() {
        fx.enter(List.of("SURVEYED", "1.250", "SATISFIED", "1.179", "SATISFACTION_RATE", "96,2", "ON_TIME_RATE", "99"));
        fx.rows(2051, 1990, 51, 10);
        assertThat(figureFindings())
                .containsExactlyInAnyOrder(
                        "ERROR Chỉ tiêu «Tỷ lệ hài lòng của người dân» ghi 96,2 %, nhưng «Số phiếu hài lòng» / «Số phiếu khảo sát "
                                + "sự hài lòng» = 1.179 / 1.250 = 94,32 %.",
                        "ERROR Chỉ tiêu «Tỷ lệ hồ sơ giải quyết trước hạn» ghi 99 %, nhưng theo Biểu 06 tỷ lệ là 1.990 / 2.051 = 97,03 %.");
    }

    @Test
    void aSplitLeftPartlyEmptyStillShowsWhatIsMissing() {
        fx.rows(2051, 1990, 51, 10);
        jdbc.update(
                "update dossier_row set resolved_late = null, resolved_on_time = 41 where report_id = ?",
                fx.f.reportId());
        assertThat(figureFindings())
                .containsExactly("WARNING Biểu 06, dòng «Thử Nghiệm»: (7) có 2.051 nhưng (8) + (9) + (10) "
                        + "mới có 2.031: thiếu 20 hồ sơ chưa phân loại (cột (10) còn trống).");
    }

    @Test
    void aFullSplitShortOfItsTotalIsAnError() {
        fx.rows(2051, 1990, 51, 10);
        jdbc.update("update dossier_row set resolved_on_time = 41 where report_id = ?", fx.f.reportId());
        assertThat(figureFindings())
                .containsExactly("ERROR Biểu 06, dòng «Thử Nghiệm»: Số hồ sơ đã giải quyết (7) là 2.051, "
                        + "nhưng trước hạn (8) + đúng hạn (9) + quá hạn (10) = 2.041.");
    }
}
