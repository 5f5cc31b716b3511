package vn.cchc.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.IntegrationTest;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.report.Reports;

/**
 * The checks on the real Liên Mạc 2023 report (demo data, docs/demo-data.md "The reference's mistakes, kept"):
 * every known mistake is found, and the consistent parts stay silent. Skips itself while the demo records are
 * not loaded (the records loader lives in another branch).
 */
@IntegrationTest
class LienMacDemoChecksTest {

    @Autowired
    ReportChecks checks;

    @Autowired
    Reports reports;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void findsTheMistakesOfTheReferenceReport() {
        long reportId = reports.visible((UnitViewer) users.loadUserByUsername("lienmac-clerk"), 2023, null)
                .get(0)
                .id();
        Integer documents = jdbc.queryForObject(
                "select count(*) from issued_document d join report r "
                        + "on r.org_unit_id = d.org_unit_id where r.id = ?",
                Integer.class,
                reportId);
        Assumptions.assumeTrue(documents != null && documents > 0, "Liên Mạc 2023 demo records not loaded");
        assertKnownMistakes(checks.run(reportId));
    }

    static void assertKnownMistakes(List<Finding> findings) {
        assertThat(of(findings, "DOCUMENT_AFTER_REPORT"))
                .extracting(Finding::message)
                .containsExactly("Kế hoạch số 36/KH-UBND ngày 30/12/2023 được ghi ngày sau ngày báo cáo (10/12/2023).");
        assertThat(of(findings, "DUPLICATE_NUMBER"))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains(
                                "16/KH-UBND",
                                "Kế hoạch số 16/KH-UBND ngày 30/03/2023",
                                "Kế hoạch số 16/KH-UBND ngày 12/07/2023"));
        assertThat(of(findings, "PROSE_FIGURE_MISMATCH"))
                .filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(Finding::message)
                .containsExactlyInAnyOrder(
                        "Chỉ tiêu «Số hồ sơ TTHC tiếp nhận trực tuyến» ghi 2.444 hồ sơ, nhưng Biểu 06 có 2.551 hồ sơ tiếp nhận trực tuyến (cột 4).",
                        "Chỉ tiêu «Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến» ghi 99,02 %, nhưng theo Biểu 06 tỷ lệ là 2.551 / 2.579 = 98,91 %.");
        assertThat(of(findings, "PROSE_FIGURE_MISMATCH"))
                .as("staff 16 = 14 + 2, ratings 27 = 16 + 11 hold")
                .noneMatch(
                        f -> f.message().startsWith("Trình độ") || f.message().startsWith("Xếp loại"));
        assertThat(of(findings, "SYMBOL_FORMAT"))
                .extracting(Finding::message)
                .anyMatch(m -> m.startsWith("Công văn số 36/CV-UBND ngày 22/07/2023:") && m.contains("«36/UBND-VP»"))
                .anyMatch(m -> m.startsWith("Kế hoạch số 10/ KH-UBND"))
                .anyMatch(m -> m.startsWith("Quyết định số 73/QĐ- UBND"))
                .anyMatch(m -> m.contains("«13/2016/QĐ-UBND»"))
                .anyMatch(m -> m.startsWith("Công văn số 126/UBND - NV"))
                .anyMatch(m -> m.contains("«QCTS»"))
                .noneMatch(m -> m.startsWith("Kế hoạch số 36/KH-UBND") || m.startsWith("Công văn số 25/UBND-VP"));
        assertThat(of(findings, "CLOSING_YEAR"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("trọng tâm năm 2023", "năm 2024"));
        assertThat(of(findings, "PROSE_FIGURE_MISMATCH"))
                .filteredOn(f -> f.severity() == Severity.INFO)
                .extracting(Finding::message)
                .singleElement()
                .asString()
                .contains("II.3 ghi 1", "II.4 ghi 2");
        assertThat(of(findings, "WEEKEND_DATE"))
                .extracting(Finding::message)
                .contains("Ngày báo cáo 10/12/2023 rơi vào Chủ nhật: hãy kiểm tra lại.")
                .anyMatch(m -> m.startsWith("Kế hoạch số 36/KH-UBND ngày 30/12/2023 rơi vào thứ Bảy"));
        assertThat(of(findings, "DOSSIER_ARITHMETIC"))
                .as("the Liên Mạc row adds up")
                .isEmpty();
        assertThat(of(findings, "NARRATIVE_TOKEN"))
                .as("every token of the demo narrative resolves")
                .isEmpty();
    }

    static List<Finding> of(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
