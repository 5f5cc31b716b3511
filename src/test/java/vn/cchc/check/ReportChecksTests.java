package vn.cchc.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.IntegrationTest;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.period.ReportingPeriod;
import vn.cchc.report.Reports;

/** Each rule on a fresh report of xã Thanh Xá (rolled back): a consistent case, and a case that must be found. */
@IntegrationTest
@Transactional
class ReportChecksTests {

    @Autowired
    ReportChecks checks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    OrgUnits orgUnits;

    CheckFixture fx;

    @BeforeEach
    void fixture() {
        fx = new CheckFixture(jdbc, periods, reports, orgUnits);
    }

    List<Finding> run(long reportId, String rule) {
        return checks.run(reportId).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    // DOSSIER_ARITHMETIC

    @Test
    void emptyReportAndConsistentDossierRowRaiseNothing() {
        long r = fx.report("THANH_XA", 2030);
        assertThat(checks.run(r)).isEmpty();
        fx.lienMacRow(r);
        assertThat(checks.run(r)).isEmpty();
    }

    @Test
    void dossierRowsThatDoNotAddUpAreErrorsOnTheirRow() {
        long r = fx.report("THANH_XA", 2030);
        fx.dossierRow(r, 1, "Liên Mạc", 2579, 2551, 25, 2, 2576, 2569, 7, 0, 3, 3, 0);
        fx.dossierRow(r, 2, "Hộ tịch", 100, 90, 10, 0, 95, 90, 4, 0, 5, 5, 1);
        fx.dossierRow(r, 3, "Chứng thực", 50, null, 10, 0, null, 40, 5, 0, 5, 5, 0); // partly reported: warnings below
        List<Finding> found = run(r, "DOSSIER_ARITHMETIC").stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();
        // issue 13: empty cells no longer silence a sum; what is known is compared with the total (DossierSplitCheck)
        assertThat(run(r, "DOSSIER_ARITHMETIC"))
                .filteredOn(f -> f.severity() == Severity.WARNING)
                .extracting(Finding::message)
                .containsExactly(
                        "Biểu 06, dòng «Chứng thực»: (3) có 50 nhưng (4) + (5) + (6) mới có 10: thiếu 40 hồ sơ chưa phân loại (cột (4) còn trống).",
                        "Biểu 06, dòng «Chứng thực»: (3) có 50 nhưng (7) + (11) mới có 5: thiếu 45 hồ sơ chưa phân loại (cột (7) còn trống).");
        assertThat(found)
                .extracting(Finding::message)
                .containsExactly(
                        "Biểu 06, dòng «Liên Mạc»: Tổng số hồ sơ tiếp nhận (3) là 2.579, nhưng trực tuyến (4) + trực tiếp, bưu chính (5) + kỳ trước chuyển sang (6) = 2.578.",
                        "Biểu 06, dòng «Hộ tịch»: Số hồ sơ đã giải quyết (7) là 95, nhưng trước hạn (8) + đúng hạn (9) + quá hạn (10) = 94.",
                        "Biểu 06, dòng «Hộ tịch»: Số hồ sơ đang giải quyết (11) là 5, nhưng trong hạn (12) + quá hạn (13) = 6.");
        assertThat(found).extracting(Finding::severity).containsOnly(Severity.ERROR);
        assertThat(found)
                .extracting(Finding::target)
                .containsExactly(
                        "/reports/" + r + "/dossier#row-1",
                        "/reports/" + r + "/dossier#row-2",
                        "/reports/" + r + "/dossier#row-2");
    }

    @Test
    void receivedMustEqualResolvedPlusPending() {
        long r = fx.report("THANH_XA", 2030);
        // a label no demo report uses, so last period's carried-over check stays out of this test
        fx.dossierRow(r, 1, "Toàn xã (thử)", 100, 90, 10, 0, 90, 90, 0, 0, 5, 5, 0);
        assertThat(run(r, "DOSSIER_ARITHMETIC"))
                .extracting(Finding::message)
                .containsExactly(
                        "Biểu 06, dòng «Toàn xã (thử)»: Tổng số hồ sơ tiếp nhận (3) là 100, nhưng đã giải quyết (7) + đang giải quyết (11) = 95.");
    }

    @Test
    void carriedOverMustEqualLastPeriodsPending() {
        ReportingPeriod y2030 = fx.year(2030);
        ReportingPeriod y2031 = fx.year(2031);
        long last = fx.report("THANH_XA", y2030);
        long now = fx.report("THANH_XA", y2031);
        fx.dossierRow(last, 1, "Thanh Xá", 100, 90, 10, 0, 95, 95, 0, 0, 5, 5, 0);
        fx.dossierRow(now, 1, "Thanh Xá", 200, 190, 5, 5, 200, 200, 0, 0, 0, 0, 0);
        assertThat(run(now, "DOSSIER_ARITHMETIC")).isEmpty();

        jdbc.update(
                "update dossier_row set pending_total = 4, pending_on_time = 4, resolved_total = 96, resolved_on_time = 1 where report_id = ?",
                last);
        List<Finding> found = run(now, "DOSSIER_ARITHMETIC");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message())
                    .isEqualTo("Biểu 06, dòng «Thanh Xá»: Số hồ sơ kỳ trước chuyển sang (6) là 5, nhưng báo cáo "
                            + y2030.getTitle() + " ghi 4 hồ sơ đang giải quyết (11) ở dòng này.");
        });
    }

    // DOCUMENT_AFTER_REPORT, DOCUMENT_OUTSIDE_PERIOD

    @Test
    void documentsDatedInTheWindowOrAsLegalBasisOrByOthersRaiseNothing() {
        long r = fx.report("THANH_XA", 2030);
        long unit = fx.unitOf(r);
        fx.ownDocument(r, "KH", "09/KH-UBND", d(2030, 2, 13));
        fx.link(r, fx.document(unit, "HIGHER", "UBND tỉnh Hải Dương", "QD", "28/2016/QĐ-UBND", d(2016, 10, 20), true));
        fx.link(r, fx.document(unit, "HIGHER", "UBND huyện Thanh Hà", "KH", "12/KH-UBND", d(2029, 11, 2), false));
        fx.link(r, fx.document(unit, "OWN", "UBND xã", "KH", "37/KH-UBND", d(2029, 11, 30), true));
        assertThat(run(r, "DOCUMENT_AFTER_REPORT")).isEmpty();
        assertThat(run(r, "DOCUMENT_OUTSIDE_PERIOD")).isEmpty();
    }

    @Test
    void documentAfterTheReportDateIsAnErrorNamingIt() {
        long r = fx.report("THANH_XA", 2030);
        long doc = fx.ownDocument(r, "KH", "36/KH-UBND", d(2030, 12, 30));
        assertThat(run(r, "DOCUMENT_AFTER_REPORT")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message())
                    .isEqualTo("Kế hoạch số 36/KH-UBND ngày 30/12/2030 được ghi ngày sau ngày báo cáo (10/12/2030).");
            assertThat(f.target()).isEqualTo("/reports/" + r + "/documents/" + doc);
        });
        assertThat(run(r, "DOCUMENT_OUTSIDE_PERIOD")).as("not reported twice").isEmpty();
    }

    @Test
    void ownDocumentOutsideTheWindowIsAWarningAlsoWhenOnlyCitedInTheNarrative() {
        long r = fx.report("THANH_XA", 2030);
        long linked = fx.ownDocument(r, "QD", "05/QĐ-UBND", d(2029, 6, 1));
        long cited = fx.document(fx.unitOf(r), "OWN", "UBND xã", "TB", "02/TB-UBND", d(2029, 12, 9), false);
        fx.narrative(r, "I", "UBND xã đã ban hành {{doc:" + cited + "}} về việc niêm yết TTHC.");
        List<Finding> found = run(r, "DOCUMENT_OUTSIDE_PERIOD");
        assertThat(found)
                .extracting(Finding::target)
                .containsExactlyInAnyOrder(
                        "/reports/" + r + "/documents/" + linked, "/reports/" + r + "/documents/" + cited);
        assertThat(found).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(found)
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m)
                        .startsWith(
                                "Quyết định số 05/QĐ-UBND ngày 01/06/2029 do đơn vị ban hành nhưng nằm ngoài thời gian số liệu của kỳ ")
                        .contains("(từ 10/12/2029 đến 09/12/2030)"));
    }

    // DUPLICATE_NUMBER

    @Test
    void sameNumberInDifferentYearsOrWithDistinctLettersIsNoDuplicate() {
        long r = fx.report("THANH_XA", 2030);
        fx.ownDocument(r, "KH", "16/KH-UBND", d(2029, 12, 20));
        fx.ownDocument(r, "KH", "16/KH-UBND", d(2030, 3, 30));
        fx.ownDocument(r, "QD", "05/QĐ-UBND", d(2030, 1, 13));
        fx.ownDocument(r, "QD", "05/QD-UBND", d(2030, 2, 13));
        long unit = fx.unitOf(r);
        fx.link(r, fx.document(unit, "HIGHER", "UBND huyện Thanh Hà", "KH", "16/KH-UBND", d(2030, 5, 5), false));
        assertThat(run(r, "DUPLICATE_NUMBER")).isEmpty();
    }

    @Test
    void sameNumberTwiceInAYearIsAnErrorOnTheLaterDocument() {
        long r = fx.report("THANH_XA", 2030);
        fx.ownDocument(r, "KH", "16/KH-UBND", d(2030, 3, 30));
        long later = fx.ownDocument(r, "KH", "16 / kh-UBND", d(2030, 7, 12));
        assertThat(run(r, "DUPLICATE_NUMBER")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message())
                    .isEqualTo("Số, ký hiệu 16 / kh-UBND được dùng cho 2 văn bản khác nhau của UBND xã trong năm 2030: "
                            + "Kế hoạch số 16/KH-UBND ngày 30/03/2030; Kế hoạch số 16 / kh-UBND ngày 12/07/2030.");
            assertThat(f.target()).isEqualTo("/reports/" + r + "/documents/" + later);
        });
    }

    // SYMBOL_FORMAT

    @Test
    void wellFormedSymbolsRaiseNothing() {
        long r = fx.report("THANH_XA", 2030);
        long unit = fx.unitOf(r);
        fx.ownDocument(r, "KH", "36/KH-UBND", d(2030, 1, 5));
        fx.ownDocument(r, "CV", "25/UBND-VP", d(2030, 4, 25));
        fx.ownDocument(r, "QC", "01/QC-UBND", d(2030, 1, 13));
        fx.ownDocument(r, "TTR", "07/TTr-UBND", d(2030, 3, 2));
        fx.link(r, fx.document(unit, "HIGHER", "Chính phủ", "ND", "30/2020/NĐ-CP", d(2020, 3, 5), true));
        fx.link(r, fx.document(unit, "HIGHER", "Thủ tướng Chính phủ", "QD", "619/QĐ-TTg", d(2017, 5, 8), true));
        fx.link(r, fx.document(unit, "PARTY", "Đảng ủy xã", "CV", "225-CV/ĐU", d(2030, 5, 1), false));
        assertThat(run(r, "SYMBOL_FORMAT")).isEmpty();
    }

    @Test
    void malformedSymbolsAreWarningsNamingTheFix() {
        long r = fx.report("THANH_XA", 2030);
        long unit = fx.unitOf(r);
        fx.ownDocument(r, "KH", "10/ KH-UBND", d(2030, 3, 14));
        fx.ownDocument(r, "QD", "73/QĐ- UBND", d(2030, 7, 10));
        fx.ownDocument(r, "CV", "29/UBND-VP", d(2030, 5, 20));
        fx.ownDocument(r, "CV", "34/UBND-VP", d(2030, 7, 7));
        fx.ownDocument(r, "CV", "36/CV-UBND", d(2030, 7, 22));
        fx.ownDocument(r, "QC", "01/QCTS-UBND", d(2030, 1, 13));
        fx.ownDocument(r, "BC", "06/KH-UBND", d(2030, 2, 8));
        fx.ownDocument(r, "TB", "TB-UBND", d(2030, 2, 9));
        fx.link(r, fx.document(unit, "HIGHER", "UBND tỉnh Hải Dương", "QD", "13/2016/QĐUBND", d(2016, 6, 17), true));
        fx.link(r, fx.document(unit, "HIGHER", "UBND huyện Thanh Hà", "CV", "126/UBND - NV", d(2030, 3, 6), true));
        List<Finding> found = run(r, "SYMBOL_FORMAT");
        assertThat(found).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(found)
                .extracting(Finding::message)
                .containsExactlyInAnyOrder(
                        "Kế hoạch số 10/ KH-UBND ngày 14/03/2030: số, ký hiệu «10/ KH-UBND» có khoảng trắng; theo Nghị định 30/2020/NĐ-CP số và ký hiệu viết liền, không cách trước, sau dấu «/» và «-»: «10/KH-UBND».",
                        "Quyết định số 73/QĐ- UBND ngày 10/07/2030: số, ký hiệu «73/QĐ- UBND» có khoảng trắng; theo Nghị định 30/2020/NĐ-CP số và ký hiệu viết liền, không cách trước, sau dấu «/» và «-»: «73/QĐ-UBND».",
                        "Công văn số 36/CV-UBND ngày 22/07/2030: công văn không có tên viết tắt loại văn bản trong ký hiệu (Nghị định 30/2020/NĐ-CP, Phụ lục III), nên ghi «36/UBND-VP» thay cho «36/CV-UBND».",
                        "Quy chế số 01/QCTS-UBND ngày 13/01/2030: «QCTS» không phải tên viết tắt loại văn bản theo Phụ lục III Nghị định 30/2020/NĐ-CP; Quy chế viết tắt là «QC».",
                        "Báo cáo số 06/KH-UBND ngày 08/02/2030: ký hiệu mang tên viết tắt «KH», không khớp loại văn bản đã chọn (Báo cáo, viết tắt «BC»).",
                        "Thông báo số TB-UBND ngày 09/02/2030: số, ký hiệu «TB-UBND» không đúng thể thức Số/Ký hiệu theo Nghị định 30/2020/NĐ-CP (ví dụ 36/KH-UBND, 28/2016/QĐ-UBND, công văn 25/UBND-VP).",
                        "Quyết định số 13/2016/QĐUBND ngày 17/06/2016: thiếu dấu gạch nối giữa tên viết tắt loại văn bản và cơ quan ban hành, nên ghi «13/2016/QĐ-UBND».",
                        "Công văn số 126/UBND - NV ngày 06/03/2030: số, ký hiệu «126/UBND - NV» có khoảng trắng; theo Nghị định 30/2020/NĐ-CP số và ký hiệu viết liền, không cách trước, sau dấu «/» và «-»: «126/UBND-NV».");
    }

    // PROSE_FIGURE_MISMATCH (a) indicators restating the dossier table

    @Test
    void onlineIndicatorsThatMatchTheTableRaiseNothing() {
        long r = fx.report("THANH_XA", 2030);
        fx.lienMacRow(r);
        fx.indicator(r, "ONLINE_DOSSIERS", "2551");
        fx.indicator(r, "ONLINE_RATE", "98.91");
        assertThat(run(r, "PROSE_FIGURE_MISMATCH")).isEmpty();
        jdbc.update(
                "update indicator_value set numeric_value = 98, qualifier = 'OVER' where report_id = ? and indicator_id = (select id from indicator where code = 'ONLINE_RATE')",
                r);
        assertThat(run(r, "PROSE_FIGURE_MISMATCH"))
                .as("«trên 98 %» holds for 98,91 %")
                .isEmpty();
    }

    @Test
    void onlineIndicatorsThatDisagreeWithTheTableAreErrors() {
        long r = fx.report("THANH_XA", 2030);
        fx.lienMacRow(r);
        fx.indicator(r, "ONLINE_DOSSIERS", "2444");
        fx.indicator(r, "ONLINE_RATE", "99.02");
        List<Finding> found = run(r, "PROSE_FIGURE_MISMATCH");
        assertThat(found)
                .extracting(Finding::message)
                .containsExactly(
                        "Chỉ tiêu «Số hồ sơ TTHC tiếp nhận trực tuyến» ghi 2.444 hồ sơ, nhưng Biểu 06 có 2.551 hồ sơ tiếp nhận trực tuyến (cột 4).",
                        "Chỉ tiêu «Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến» ghi 99,02 %, nhưng theo Biểu 06 tỷ lệ là 2.551 / 2.579 = 98,91 %.");
        assertThat(found).extracting(Finding::severity).containsOnly(Severity.ERROR);
        assertThat(found)
                .extracting(Finding::target)
                .containsExactly(
                        "/reports/" + r + "/indicators#ONLINE_DOSSIERS", "/reports/" + r + "/indicators#ONLINE_RATE");
    }

    @Test
    void qualifiedOnlineRateThatDoesNotHoldIsAWarning() {
        long r = fx.report("THANH_XA", 2030);
        fx.lienMacRow(r);
        fx.indicator(r, "ONLINE_RATE", "99", "OVER");
        assertThat(run(r, "PROSE_FIGURE_MISMATCH")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("ghi trên 99 %", "98,91 %");
        });
    }

    // PROSE_FIGURE_MISMATCH (b) figures typed into the narrative

    @Test
    void typedFiguresThatMatchTheTableAndTokensRaiseNothing() {
        long r = fx.report("THANH_XA", 2030);
        fx.lienMacRow(r);
        fx.indicator(r, "ONLINE_DOSSIERS", "2551");
        long doc = fx.ownDocument(r, "KH", "36/KH-UBND", d(2030, 1, 5));
        fx.narrative(
                r,
                "II.6",
                "- Năm 2030 tiếp nhận 2.579 hồ sơ, trong đó 2.551 hồ sơ trực tuyến, đạt tỷ lệ 98,91 %.\n\n"
                        + "Số hồ sơ tiếp nhận {{ind:ONLINE_DOSSIERS}} hồ sơ trực tuyến theo {{doc:" + doc
                        + "}} (từ ngày 10/12/2029 đến 09/12/2030).");
        assertThat(run(r, "PROSE_FIGURE_MISMATCH")).isEmpty();
    }

    @Test
    void typedOnlineFiguresThatDisagreeWithTheTableAreWarnings() {
        long r = fx.report("THANH_XA", 2030);
        fx.lienMacRow(r);
        fx.narrative(
                r,
                "II.6",
                "- Kết quả cung cấp dịch vụ công trực tuyến: Năm 2030 số hồ sơ tiếp nhận 2.444 hồ sơ trực tuyến là: đạt tỷ lệ 99,02%.\n\n"
                        + "Bộ phận Một cửa đã trả 1.234 hồ sơ đúng hạn.");
        List<Finding> found = run(r, "PROSE_FIGURE_MISMATCH");
        assertThat(found).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(found).extracting(Finding::target).containsOnly("/reports/" + r + "/narrative#II.6");
        assertThat(found)
                .extracting(Finding::message)
                .containsExactlyInAnyOrder(
                        "Mục II.6: tỷ lệ 99,02 % gõ tay trong câu «Kết quả cung cấp dịch vụ công trực tuyến: Năm 2030 số hồ sơ tiếp nhận 2.444 hồ sơ trực tuyến là: đạt tỷ lệ 99,02%.» khác tỷ lệ hồ sơ tiếp nhận trực tuyến theo Biểu 06 (2.551 / 2.579 = 98,91 %).",
                        "Mục II.6: số 2.444 hồ sơ trực tuyến gõ tay trong câu «Kết quả cung cấp dịch vụ công trực tuyến: Năm 2030 số hồ sơ tiếp nhận 2.444 hồ sơ trực tuyến là: đạt tỷ lệ 99,02%.» khác Biểu 06 (2.551 hồ sơ tiếp nhận trực tuyến).",
                        "Mục II.6: số 1.234 hồ sơ gõ tay trong câu «Bộ phận Một cửa đã trả 1.234 hồ sơ đúng hạn.» không khớp số liệu nào của Biểu 06 (tiếp nhận 2.579, đã giải quyết 2.576, đang giải quyết 3).");
    }

    @Test
    void documentNumbersTypedWithoutATokenAreWarnings() {
        long r = fx.report("THANH_XA", 2030);
        fx.ownDocument(r, "KH", "36/KH-UBND", d(2030, 1, 5));
        fx.narrative(
                r,
                "I",
                "- UBND xã đã ban hành Kế hoạch số 36/KH-UBND ngày 05/01/2030 về CCHC; Quyết định 05/QĐ-UBND về tiết kiệm.");
        List<Finding> found = run(r, "PROSE_FIGURE_MISMATCH");
        assertThat(found)
                .extracting(Finding::message)
                .containsExactly(
                        "Mục I: trích dẫn văn bản gõ tay, không gắn với sổ văn bản: «số 36/KH-UBND» (sổ văn bản đã có Kế hoạch số 36/KH-UBND ngày 05/01/2030: hãy chèn văn bản từ sổ để số, ngày luôn khớp).",
                        "Mục I: trích dẫn văn bản gõ tay, không gắn với sổ văn bản: «05/QĐ-UBND» (chưa có trong sổ văn bản của đơn vị: hãy nhập văn bản vào sổ rồi chèn vào lời văn).");
        assertThat(found).extracting(Finding::severity).containsOnly(Severity.WARNING);
    }

    // PROSE_FIGURE_MISMATCH (c) staff breakdowns

    @Test
    void staffBreakdownsThatAddUpRaiseNothing() {
        long r = fx.report("THANH_XA", 2030);
        staff(r, "16", "14", "2", "11", "3", "23", "1");
        assertThat(run(r, "PROSE_FIGURE_MISMATCH")).isEmpty();
    }

    @Test
    void staffBreakdownsThatDoNotAddUpAreFound() {
        long r = fx.report("THANH_XA", 2030);
        staff(r, "16", "14", "3", "11", "3", "23", "2");
        List<Finding> found = run(r, "PROSE_FIGURE_MISMATCH");
        assertThat(found)
                .extracting(Finding::message)
                .containsExactly(
                        "Trình độ cán bộ, công chức: đại học 14 + trung cấp 3 = 17 người, nhiều hơn tổng số cán bộ, công chức (16 người).",
                        "Xếp loại: hoàn thành xuất sắc 3 + hoàn thành tốt 23 + hoàn thành 2 = 28 người, khác tổng số cán bộ, công chức 16 + cán bộ bán chuyên trách 11 = 27 người.");
        assertThat(found).extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.WARNING);
    }

    @Test
    void fewerDegreesThanStaffIsOnlyAWarning() {
        long r = fx.report("THANH_XA", 2030);
        staff(r, "16", "13", "2", "11", "3", "23", "1");
        assertThat(run(r, "PROSE_FIGURE_MISMATCH"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    private void staff(
            long r,
            String total,
            String university,
            String intermediate,
            String semi,
            String excellent,
            String good,
            String completed) {
        fx.indicator(r, "STAFF_TOTAL", total);
        fx.indicator(r, "STAFF_UNIVERSITY", university);
        fx.indicator(r, "STAFF_INTERMEDIATE", intermediate);
        fx.indicator(r, "SEMI_PROFESSIONAL_STAFF", semi);
        fx.indicator(r, "RATING_EXCELLENT", excellent);
        fx.indicator(r, "RATING_GOOD", good);
        fx.indicator(r, "RATING_COMPLETED", completed);
    }

    @Test
    void staffMovementsToldDifferentlyInII3AndII4AreANote() {
        long r = fx.report("THANH_XA", 2030);
        fx.indicator(r, "CIVIL_SERVANTS_ROTATED", "2");
        fx.indicator(r, "CIVIL_SERVANTS_TRANSFERRED_IN", "2");
        assertThat(run(r, "PROSE_FIGURE_MISMATCH")).isEmpty();
        jdbc.update(
                "update indicator_value set numeric_value = 1 where report_id = ? and indicator_id = (select id from indicator where code = 'CIVIL_SERVANTS_ROTATED')",
                r);
        assertThat(run(r, "PROSE_FIGURE_MISMATCH")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message())
                    .isEqualTo("Mục II.3 ghi 1 công chức được tiếp nhận, luân chuyển, còn mục II.4 ghi 2 công chức "
                            + "được điều động đến: nếu là cùng những người, hai số phải bằng nhau.");
        });
    }

    // NARRATIVE_TOKEN

    @Test
    void tokensThatPointAtRecordsRaiseNothing() {
        long r = fx.report("THANH_XA", 2030);
        long doc = fx.ownDocument(r, "KH", "09/KH-UBND", d(2030, 2, 13));
        fx.indicator(r, "MEETINGS_CCHC", "13");
        fx.procedures(r, "COMMUNE", 33, 122);
        fx.lienMacRow(r);
        fx.narrative(
                r,
                "I",
                "Ban hành {{doc:" + doc
                        + "}}; họp {{ind:MEETINGS_CCHC|00}} cuộc; {{proc:COMMUNE.fields}} lĩnh vực, {{proc:COMMUNE.procedures}} thủ tục.");
        fx.narrative(r, "II.2.3.b", "Kết quả:\n\n{{table:dossier}}");
        assertThat(run(r, "NARRATIVE_TOKEN")).isEmpty();
    }

    @Test
    void tokensThatPointAtNothingAreErrors() {
        long r = fx.report("THANH_XA", 2030);
        long foreign = fx.document(
                fx.unit("THANH_HONG"), "OWN", "UBND xã Thanh Hồng", "KH", "01/KH-UBND", d(2030, 1, 2), false);
        long deleted = fx.ownDocument(r, "KH", "02/KH-UBND", d(2030, 1, 3));
        jdbc.update("delete from report_document where document_id = ?", deleted);
        jdbc.update("delete from issued_document where id = ?", deleted);
        fx.narrative(
                r,
                "I",
                "{{doc:" + deleted + "}} {{doc:" + foreign
                        + "}} {{doc:kh36}} {{ind:NO_SUCH_CODE}} {{ind:RADIO_NEWS_CCHC}}");
        fx.narrative(
                r,
                "II.2.2",
                "{{proc:DISTRICT.fields}} {{proc:COMMUNE.nothing}} {{table:dossier}} {{foo:bar}} {{oops}}");
        List<Finding> found = run(r, "NARRATIVE_TOKEN");
        assertThat(found).extracting(Finding::severity).containsOnly(Severity.ERROR);
        assertThat(found)
                .extracting(Finding::message)
                .containsExactly(
                        "Mục I: mã chèn văn bản «{{doc:" + deleted
                                + "}}» không trỏ tới văn bản nào trong sổ văn bản của đơn vị (văn bản đã bị xóa hoặc mã sai).",
                        "Mục I: mã chèn văn bản «{{doc:" + foreign
                                + "}}» không trỏ tới văn bản nào trong sổ văn bản của đơn vị (văn bản đã bị xóa hoặc mã sai).",
                        "Mục I: mã chèn văn bản «{{doc:kh36}}» không trỏ tới văn bản nào trong sổ văn bản của đơn vị (văn bản đã bị xóa hoặc mã sai).",
                        "Mục I: mã chèn số liệu «{{ind:NO_SUCH_CODE}}» không có trong danh mục chỉ tiêu.",
                        "Mục I: mã chèn «{{ind:RADIO_NEWS_CCHC}}» trỏ tới chỉ tiêu «Số tin bài tuyên truyền về CCHC trên đài truyền thanh» nhưng báo cáo chưa nhập giá trị.",
                        "Mục II.2.2: mã chèn «{{proc:DISTRICT.fields}}» không trỏ tới số liệu danh mục TTHC nào (cấp chưa nhập hoặc trường không hợp lệ).",
                        "Mục II.2.2: mã chèn «{{proc:COMMUNE.nothing}}» không trỏ tới số liệu danh mục TTHC nào (cấp chưa nhập hoặc trường không hợp lệ).",
                        "Mục II.2.2: mã chèn «{{table:dossier}}» trỏ tới Biểu 06 nhưng biểu chưa có dòng số liệu nào.",
                        "Mục II.2.2: «{{foo:bar}}» không phải mã chèn hợp lệ (văn bản doc, số liệu ind, danh mục TTHC proc, bảng table).",
                        "Mục II.2.2: «{{oops}}» không phải mã chèn hợp lệ (văn bản doc, số liệu ind, danh mục TTHC proc, bảng table).");
        assertThat(found.get(0).target()).isEqualTo("/reports/" + r + "/narrative#I");
    }

    // CLOSING_YEAR

    @Test
    void closingThatAnnouncesNextYearRaisesNothing() {
        long r = fx.report("THANH_XA", 2030);
        fx.narrative(
                r,
                "CLOSING",
                "Trên đây là báo cáo kết quả thực hiện CCHC năm 2030 và một số nhiệm vụ CCHC trọng tâm năm 2031. UBND xã báo cáo UBND huyện./.");
        assertThat(run(r, "CLOSING_YEAR")).isEmpty();
    }

    @Test
    void closingThatAnnouncesTheSameYearIsAWarning() {
        long r = fx.report("THANH_XA", 2030);
        fx.narrative(
                r,
                "CLOSING",
                "Trên đây là báo cáo kết quả thực hiện CCHC năm 2030 và một số nhiệm vụ CCHC trọng tâm năm 2030. UBND xã báo cáo UBND huyện./.");
        assertThat(run(r, "CLOSING_YEAR")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message())
                    .startsWith("Phần kết luận ghi «nhiệm vụ CCHC trọng tâm năm 2030», nhưng báo cáo năm 2030")
                    .endsWith("phải nêu nhiệm vụ trọng tâm năm 2031.");
            assertThat(f.target()).isEqualTo("/reports/" + r + "/narrative#CLOSING");
        });
    }

    // WEEKEND_DATE

    @Test
    void weekdayDatesRaiseNothing() {
        long r = fx.report("THANH_XA", 2030); // 10/12/2030 is a Tuesday
        fx.ownDocument(r, "KH", "09/KH-UBND", d(2030, 2, 13));
        assertThat(run(r, "WEEKEND_DATE")).isEmpty();
    }

    @Test
    void weekendDatesOfOwnDocumentsAndOfTheReportAreNotes() {
        long r = fx.report("THANH_XA", 2030);
        jdbc.update("update report set report_date = ? where id = ?", d(2030, 12, 8), r);
        long saturday = fx.ownDocument(r, "KH", "01/KH-UBND", d(2030, 1, 5));
        fx.link(r, fx.document(fx.unitOf(r), "HIGHER", "UBND tỉnh", "QD", "36/2017/QĐ-UBND", d(2017, 12, 23), true));
        List<Finding> found = run(r, "WEEKEND_DATE");
        assertThat(found).extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(found)
                .extracting(Finding::message)
                .containsExactly(
                        "Ngày báo cáo 08/12/2030 rơi vào Chủ nhật: hãy kiểm tra lại.",
                        "Kế hoạch số 01/KH-UBND ngày 05/01/2030 rơi vào thứ Bảy: hãy kiểm tra lại ngày ban hành.");
        assertThat(found.get(1).target()).isEqualTo("/reports/" + r + "/documents/" + saturday);
    }

    // ordering and the submit gate

    @Test
    void errorsComeFirstAndBlockSubmitWhileWarningsDoNot() {
        long r = fx.report("THANH_XA", 2030);
        fx.narrative(r, "CLOSING", "một số nhiệm vụ CCHC trọng tâm năm 2030.");
        assertThat(ReportChecks.mayProceed(checks.run(r))).isTrue();
        fx.ownDocument(r, "KH", "36/KH-UBND", d(2030, 12, 30));
        List<Finding> all = checks.run(r);
        assertThat(all).extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.WARNING);
        assertThat(ReportChecks.mayProceed(all)).isFalse();
    }
}
