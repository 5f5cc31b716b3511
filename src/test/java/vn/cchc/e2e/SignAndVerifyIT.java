package vn.cchc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.account.CurrentUser;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.NewPeriod;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;
import vn.cchc.report.ReportHeader;
import vn.cchc.report.ReportWorkflow;
import vn.cchc.report.Reports;

/**
 * In the browser: the chairman signs a submitted report; its PDF carries the digital signatures; the district
 * office uploads that PDF on the verification page (valid, unchanged), then a copy with one changed byte (changed,
 * a signature invalid), and sees the verification state on its board.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignAndVerifyIT {

    @LocalServerPort
    int port;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    UserDetailsService users;

    Browser browser;

    @BeforeEach
    void start() throws Exception {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.close();
    }

    @Test
    void chairmanSignsAndTheOfficeVerifiesThePdf() throws Exception {
        try {
            flow();
        } catch (Throwable t) {
            browser.screenshot("sign-verify-FAILED");
            throw t;
        }
    }

    private void flow() throws Exception {
        long province = orgUnits.byCode("HAI_DUONG").orElseThrow().getId();
        long unit = orgUnits.byCode("LIEN_MAC").orElseThrow().getId();
        long periodId = periods.create(new NewPeriod(
                        province,
                        PeriodKind.AD_HOC,
                        "ký số trình duyệt " + UUID.randomUUID(),
                        2024,
                        LocalDate.of(2023, 12, 10),
                        LocalDate.of(2024, 6, 9),
                        LocalDate.of(2099, 1, 1)))
                .getId();
        long id = reports.createEmpty(unit, periodId).getId();
        CurrentUser clerk = (CurrentUser) users.loadUserByUsername("lienmac-clerk");
        reports.updateHeader(
                clerk,
                id,
                new ReportHeader(
                        "07/BC-UBND",
                        LocalDate.of(2024, 6, 10),
                        List.of("Kết quả công tác cải cách hành chính", "trên địa bàn xã Liên Mạc"),
                        "TM. ỦY BAN NHÂN DÂN",
                        "CHỦ TỊCH",
                        "Phạm Văn Cảnh",
                        List.of("- UBND huyện;", "- Lưu: VT.")));
        workflow.submit(clerk, id, true);

        browser.login("lienmac-chair", "demo");
        browser.open("/reports/" + id + "/workflow");
        browser.clickAndWaitForNewPage(By.cssSelector("#sign-form button[type=submit]"));
        assertThat(browser.waitFor(By.id("status")).getText()).contains("Đã ký");
        browser.screenshot("sign-verify-1-signed");
        var response = browser.fetch("/reports/" + id + "/document.pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        byte[] pdf = response.body();
        Path dir = Files.createDirectories(Path.of("target/e2e-files"));
        Path signed = dir.resolve("signed-" + id + ".pdf");
        Files.write(signed, pdf);
        browser.logout();

        browser.login("thanhha-noivu", "demo");
        browser.open("/verify");
        browser.driver()
                .findElement(By.id("verify-file"))
                .sendKeys(signed.toAbsolutePath().toString());
        browser.clickAndWaitForNewPage(By.id("verify-submit"));
        String result = browser.waitFor(By.id("verify-result")).getText();
        assertThat(result)
                .contains("Đây là báo cáo đã ký của hệ thống.")
                .contains("Tệp còn nguyên vẹn")
                .contains("Hợp lệ")
                .contains("+07:00");
        browser.screenshot("sign-verify-2-valid");

        byte[] changed = pdf.clone();
        changed[pdf.length / 3] ^= 0x01;
        Path altered = dir.resolve("altered-" + id + ".pdf");
        Files.write(altered, changed);
        browser.open("/verify");
        browser.driver()
                .findElement(By.id("verify-file"))
                .sendKeys(altered.toAbsolutePath().toString());
        browser.clickAndWaitForNewPage(By.id("verify-submit"));
        result = browser.waitFor(By.id("verify-result")).getText();
        assertThat(result).contains("Tệp đã bị thay đổi sau khi ký").contains("Không hợp lệ");
        browser.screenshot("sign-verify-3-altered");

        browser.open("/consolidation?periodId=" + periodId);
        String board = browser.waitFor(By.id("board")).getText();
        assertThat(board).contains("xã Liên Mạc").contains("Hợp lệ");
        browser.screenshot("sign-verify-4-board");
    }
}
