package vn.cchc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.IntegrationTest;
import vn.cchc.account.Accounts;
import vn.cchc.account.NewAccount;
import vn.cchc.account.Role;
import vn.cchc.orgunit.NewOrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.NewPeriod;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;

/**
 * What DossierImportTests does not cover: the procedure import against a zip bomb built from the real template
 * (a 256 MB worksheet in a ~0,3 MB file; the test JVM has -Xmx1g, so reading it whole would not survive).
 * The servlet's 5/6 MB multipart limit needs a real server: see UploadLimitIT.
 */
@IntegrationTest
class UploadAttackTests {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService users;

    long reportId;
    UserDetails clerk;

    @BeforeEach
    void freshReport() {
        String n = String.valueOf(System.nanoTime());
        long unitId = orgUnits.create(new NewOrgUnit(
                        "TEST_UPLOAD_" + n,
                        null,
                        "xã Thử Tải " + n,
                        "UBND XÃ THỬ TẢI",
                        "Thử",
                        OrgUnitLevel.COMMUNE,
                        LocalDate.of(2000, 1, 1),
                        null,
                        null))
                .getId();
        accounts.create(new NewAccount("upload-clerk-" + n, "demo-pass-1", "Thư ký thử", Role.CLERK, unitId, false));
        clerk = users.loadUserByUsername("upload-clerk-" + n);
        long periodId = periods.create(new NewPeriod(
                        unitId,
                        PeriodKind.AD_HOC,
                        "thử tải " + n,
                        2095,
                        LocalDate.of(2094, 12, 10),
                        LocalDate.of(2095, 12, 9),
                        LocalDate.of(2095, 12, 15)))
                .getId();
        reportId = reports.createEmpty(unitId, periodId).getId();
    }

    /** The downloaded template with its worksheet replaced by {@code megabytes} MB of blanks. */
    byte[] bombFrom(String templateUrl, int megabytes) throws Exception {
        byte[] template = mvc.perform(get(templateUrl).with(user(clerk)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean replaced = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (!replaced && e.getName().startsWith("xl/worksheets/")) {
                    replaced = true;
                    byte[] blanks = new byte[1024 * 1024];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) zip.write(blanks);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        assertThat(replaced).isTrue();
        return out.toByteArray();
    }

    String state() {
        return jdbc.queryForObject(
                        "select count(*) from procedure_catalog_entry where report_id = ?", Long.class, reportId)
                + "/"
                + jdbc.queryForObject(
                        "select count(*) from procedure_level_summary where report_id = ?", Long.class, reportId)
                + "/"
                + jdbc.queryForObject("select count(*) from dossier_row where report_id = ?", Long.class, reportId)
                + "/"
                + jdbc.queryForObject("select count(*) from audit_entry where report_id = ?", Long.class, reportId);
    }

    @Test
    void aZipBombIsRefusedByTheProcedureImportWithoutExhaustingMemory() throws Exception {
        byte[] bomb = bombFrom("/reports/" + reportId + "/procedures/template.xlsx", 256);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        String before = state();
        mvc.perform(multipart("/reports/" + reportId + "/procedures/import")
                        .file(new MockMultipartFile("file", "danh-muc.xlsx", XLSX, bomb))
                        .with(csrf())
                        .with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nghi ngờ «bom nén»")));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aZipBombBuiltFromTheRealTemplateIsRefusedByTheDossierImport() throws Exception {
        byte[] bomb = bombFrom("/reports/" + reportId + "/dossier/template.xlsx", 256);
        String before = state();
        mvc.perform(multipart("/reports/" + reportId + "/dossier/import")
                        .file(new MockMultipartFile("file", "b.xlsx", XLSX, bomb))
                        .param("version", "0")
                        .with(csrf())
                        .with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nghi ngờ «bom nén»")));
        assertThat(state()).isEqualTo(before);
    }
}
