package vn.cchc.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.WebAttributes;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.cchc.IntegrationTest;
import vn.cchc.account.Accounts;
import vn.cchc.dossier.DossierGroupKind;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.dossier.DossierRules;
import vn.cchc.dossier.DossierStatisticsService;
import vn.cchc.dossier.RecordsFixture;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;
import vn.cchc.shared.ValidationFailedException;

/**
 * Issue 10 items 6 and 8, issue 11 items 6–8: every collection a request can grow has a limit named in the 422;
 * a figure has a sane maximum and sums cannot overflow; a missing collection is a 422, never "delete all";
 * JSON type errors name the field in Vietnamese; NFC on the way in; NUL, XML-only Accept, non-JSON bodies and
 * tampered form values get Vietnamese 4xx answers, never a 500.
 */
@IntegrationTest
class InputLimitsTests {

    static final String ROW = """
            {"label": "%s", "receivedTotal": %s, "receivedOnline": 8, "receivedDirect": 2, "receivedCarriedOver": 0,
             "resolvedTotal": 10, "resolvedEarly": 9, "resolvedOnTime": 1, "resolvedLate": 0,
             "pendingTotal": 0, "pendingOnTime": 0, "pendingOverdue": 0}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Accounts accounts;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DossierStatisticsService dossier;

    RecordsFixture.Commune commune;
    long reportId;
    UserDetails clerk;

    @BeforeEach
    void fresh() {
        commune = RecordsFixture.commune(orgUnits, accounts);
        reportId = RecordsFixture.report(periods, reports, orgUnits, commune.unitId(), 2120);
        clerk = users.loadUserByUsername(commune.clerk());
    }

    ResultActions putDossier(String body) throws Exception {
        return mvc.perform(put("/api/v1/reports/" + reportId + "/dossier-statistics")
                .with(httpBasic(commune.clerk(), "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    String rows(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(i == 0 ? "" : ",").append(ROW.formatted("Lĩnh vực " + (i + 1), 10));
        return s.toString();
    }

    @Test
    void aPutWithoutRowsIsRefusedAndDeletesNothing() throws Exception {
        putDossier("{\"version\": 0, \"rows\": [" + rows(1) + "]}").andExpect(status().isOk());
        putDossier("{\"version\": 1}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("rows"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("bắt buộc")));
        assertThat(dossier.rowsForReport(reportId)).hasSize(1);
        mvc.perform(put("/api/v1/reports/" + reportId + "/procedure-catalog")
                        .with(httpBasic(commune.clerk(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("levels"));
    }

    @Test
    void moreThanTwoHundredRowsAreRefusedWithTheLimitAndTwoHundredRenderFine() throws Exception {
        putDossier("{\"version\": 0, \"rows\": [" + rows(201) + "]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("rows"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Biểu 06 có 201 dòng, vượt quá giới hạn 200 dòng mỗi báo cáo."));
        putDossier("{\"version\": 0, \"rows\": [" + rows(200) + "]}").andExpect(status().isOk());
        byte[] pdf = mvc.perform(
                        get("/api/v1/reports/" + reportId + "/document.pdf").with(httpBasic(commune.clerk(), "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isPositive();
        }
    }

    @Test
    void anOverflowingSumIsRefusedByTheApiAndByTheImportNamingTheMaximum() throws Exception {
        String overflow = """
                {"version": 0, "rows": [{"label": "Tràn số", "receivedTotal": 0, "receivedOnline": 2147483647,
                 "receivedDirect": 2147483647, "receivedCarriedOver": 2}]}""";
        putDossier(overflow)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("vượt quá giới hạn 10.000.000 cho một ô số liệu")))
                .andExpect(jsonPath("$.errors[0].field").value("rows[0].receivedOnline"));
        // Even without the maximum the sum is computed in long: 0 ≠ 4.294.967.296
        List<?> errors = new DossierRules(new StaticMessageSource())
                .validate(List.of(DossierRowView.of(
                        "x",
                        DossierGroupKind.UNIT,
                        0,
                        2_000_000_000,
                        2_000_000_000,
                        294_967_296,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)));
        assertThat(errors).isNotEmpty();

        byte[] file = filledTemplate(2147483647d);
        try {
            dossier.importSpreadsheet(clerk instanceof UnitViewer v ? v : null, reportId, 0, file);
            Assertions.fail("the import must refuse");
        } catch (ValidationFailedException e) {
            assertThat(e.violations().toString()).contains("10.000.000");
        }
        assertThat(dossier.rowsForReport(reportId)).isEmpty();
    }

    byte[] filledTemplate(double big) throws Exception {
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(dossier.template()))) {
            var row = wb.getSheetAt(0).createRow(5);
            row.createCell(0).setCellValue(1);
            row.createCell(1).setCellValue("Tràn số");
            row.createCell(2).setCellValue(0);
            row.createCell(3).setCellValue(big);
            row.createCell(4).setCellValue(big);
            row.createCell(5).setCellValue(2);
            var out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void jsonTypeErrorsNameTheFieldInVietnamese() throws Exception {
        putDossier("{\"version\": 0, \"rows\": [" + ROW.formatted("A", "1.5") + "]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("rows[0].receivedTotal"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("(3) Tổng số tiếp nhận")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("không phải là số nguyên")));
        putDossier("{\"version\": 0, \"rows\": [" + ROW.formatted("A", "1000000000000") + "]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("rows[0].receivedTotal"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("quá lớn")));
        putDossier("{\"version\": 0, \"rows\": [" + ROW.formatted("A", "\"abc\"") + "]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("rows[0].receivedTotal"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("«abc»")));
        putDossier("{\"version\": 0, \"rows\": [{\"label\": \"A\", \"groupKind\": \"NOPE\"}]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("rows[0].groupKind"));
        putDossier("{\"version\": 0, \"rows\": [")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("không phải JSON hợp lệ")));
        assertThat(dossier.rowsForReport(reportId)).isEmpty();
    }

    @Test
    void textsAreStoredInNfcAndANulIsRefusedNamingTheField() throws Exception {
        String nfd = Normalizer.normalize("Liên Mạc", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Liên Mạc");
        putDossier("{\"version\": 0, \"rows\": [" + ROW.formatted(nfd, 10) + "]}")
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select label from dossier_row where report_id = ?", String.class, reportId))
                .isEqualTo("Liên Mạc");
        putDossier("{\"version\": 1, \"rows\": [" + ROW.formatted("A\\u0000B", 10) + "]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("rows[0].label"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("NUL")));
        // Forms: NFC and NUL removed in the one binder hook
        mvc.perform(post("/reports/" + reportId + "/header")
                        .with(user(clerk))
                        .with(csrf())
                        .param("numberSymbol", Normalizer.normalize("12/BC-UBND Đề\u0000", Normalizer.Form.NFD))
                        .param(
                                "lockVersion",
                                String.valueOf(reports.getInternal(reportId).getLockVersion())))
                .andExpect(status().is3xxRedirection());
        assertThat(reports.getInternal(reportId).header().numberSymbol()).isEqualTo("12/BC-UBND Đề");
    }

    @Test
    void xmlOnlyAcceptAndANonJsonBodyGetProblemsNotA500() throws Exception {
        mvc.perform(get("/api/v1/reports/" + reportId + "/dossier-statistics")
                        .with(httpBasic(commune.clerk(), "demo"))
                        .accept(MediaType.APPLICATION_XML))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().string(containsString("chỉ trả về JSON")));
        mvc.perform(post("/api/v1/reports/" + reportId + "/submit")
                        .with(httpBasic(commune.clerk(), "demo"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail").value(containsString("application/json")));
        mvc.perform(post("/api/v1/reports/" + reportId + "/submit")
                        .with(httpBasic(commune.clerk(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("not json"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void tamperedFormValuesGetAVietnameseAnswer() throws Exception {
        mvc.perform(post("/reports/" + reportId + "/header")
                        .with(user(clerk))
                        .with(csrf())
                        .param("numberSymbol", "1/BC")
                        .param("lockVersion", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dữ liệu đã được người khác thay đổi")))
                .andExpect(content().string(not(containsString("Failed to convert"))));
        // Not yet: a tampered @ModelAttribute without BindingResult (dossier page, version=abc) still gets Boot's
        // English problem+json 400 — ProblemDetailsExceptionHandler runs before PageExceptionHandler (see report).
        mvc.perform(post("/reports/" + reportId + "/dossier")
                        .with(user(clerk))
                        .with(csrf())
                        .param("version", "0")
                        .param("action", "remove:x"))
                .andExpect(status().isOk());
    }

    @Test
    void anOverLongNarrativeSaysTheLimitAndKeepsTheText() throws Exception {
        String text = "Nội dung dài " + "x".repeat(50_001);
        mvc.perform(post("/reports/" + reportId + "/narrative")
                        .with(user(clerk))
                        .with(csrf())
                        .param("rows[0].code", "I")
                        .param("rows[0].body", text))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tối đa 50.000 ký tự")))
                .andExpect(content().string(containsString(text)));
    }

    @Test
    void aLoginRefusedBecauseTheDatabaseIsDownSaysSo() throws Exception {
        var down = new InternalAuthenticationServiceException(
                "down", new CannotCreateTransactionException("no connection"));
        // sessions live in PostgreSQL: put the failed sign-in where the login page reads it, as the failure handler
        // does
        String id = sessionWith(sessions, WebAttributes.AUTHENTICATION_EXCEPTION, down);
        Cookie cookie = new Cookie("SESSION", Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get("/login").param("error", "").cookie(cookie))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hệ thống tạm thời không sẵn sàng")))
                .andExpect(content().string(not(containsString("Sai tên đăng nhập"))));
    }

    @Test
    void aTamperedFormValueGetsTheVietnamese400PageNamingTheField() throws Exception {
        mvc.perform(post("/reports/" + reportId + "/dossier")
                        .with(user(clerk))
                        .with(csrf())
                        .param("version", "abc")
                        .param("rows[0].label", "Lĩnh vực"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("trường «version»")));
        mvc.perform(post("/reports/" + reportId + "/dossier/import")
                        .with(user(clerk))
                        .with(csrf())
                        .param("version", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("trường «version»")));
    }

    private static <S extends Session> String sessionWith(SessionRepository<S> repository, String name, Object value) {
        S session = repository.createSession();
        session.setAttribute(name, value);
        repository.save(session);
        return session.getId();
    }
}
