package vn.cchc.composition;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.IntegrationTest;
import vn.cchc.account.CurrentUser;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.NewPeriod;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;
import vn.cchc.report.ReportVersions;
import vn.cchc.report.ReportWorkflow;
import vn.cchc.report.Reports;
import vn.cchc.report.SignatureImages;

/** The commune's signature and seal go on the report the chairman signs, and only there (drafts stay clear). */
@IntegrationTest
class SignatureOnSignedReportTests {

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportVersions versions;

    @Autowired
    ReportFiles files;

    @Autowired
    SignatureImages images;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    long unitId;

    @AfterEach
    void removeImages() {
        jdbc.update("delete from org_unit_signature_image where org_unit_id = ?", unitId);
    }

    @Test
    void signedPdfCarriesTheSignatureAndSealWhileTheDraftDoesNot() throws Exception {
        unitId = orgUnits.byCode("THANH_KHE").orElseThrow().getId();
        long province = orgUnits.byCode("HAI_DUONG").orElseThrow().getId();
        long period = periods.create(new NewPeriod(
                        province,
                        PeriodKind.AD_HOC,
                        "chữ ký " + UUID.randomUUID(),
                        2024,
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 3, 31),
                        LocalDate.of(2099, 1, 1)))
                .getId();
        long id = reports.createEmpty(unitId, period).getId();
        images.store(
                user("admin"),
                unitId,
                new SignatureImages.Image(png(Color.BLUE), "image/png"),
                new SignatureImages.Image(png(Color.RED), "image/png"));

        assertThat(imageCount(files.pdf(id))).as("draft").isZero();
        workflow.submit(user("thanhkhe-clerk"), id, true);
        // Thanh Khê has no chairman account in the demo: the administrator signs on its behalf here
        jdbc.update(
                "insert into user_account (username, password_hash, full_name, role, org_unit_id) "
                        + "values ('thanhkhe-chair-test', '{noop}x', 'Chủ tịch thử', 'CHAIRMAN', ?) on conflict do nothing",
                unitId);
        workflow.sign(user("thanhkhe-chair-test"), id);
        byte[] signed = versions.latestSignedFile(id, ReportVersions.Format.PDF).orElseThrow();
        Files.write(
                Files.createDirectories(Path.of("target/rendered")).resolve("signed-with-seal.pdf"),
                signed); // kept for a look (pdftoppm)
        assertThat(imageCount(signed))
                .as("signed (an image, with its transparency mask)")
                .isPositive();
    }

    private CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    private static byte[] png(Color color) throws Exception {
        BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillOval(5, 5, 110, 50);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static int imageCount(byte[] pdf) throws Exception {
        int count = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) count++;
                }
                // a digitally signed PDF carries the images in its signatures' appearance (docs/signing.md)
                for (var annotation : page.getAnnotations()) {
                    var ap = annotation.getNormalAppearanceStream();
                    if (ap == null || ap.getResources() == null) continue;
                    for (COSName name : ap.getResources().getXObjectNames()) {
                        if (ap.getResources().getXObject(name) instanceof PDImageXObject) count++;
                    }
                }
            }
        }
        return count;
    }
}
