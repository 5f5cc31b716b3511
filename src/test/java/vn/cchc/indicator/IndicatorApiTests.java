package vn.cchc.indicator;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.IntegrationTest;
import vn.cchc.RecordsFixture;
import vn.cchc.RecordsFixture.Fresh;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;

/**
 * The catalogue and values API: an office adds its own indicator for its units and years, its communes' reports
 * carry it (others do not), values go in as typed on the page and come back printed, bad input is a 422 naming the
 * field and the rule, nothing saved.
 */
@IntegrationTest
class IndicatorApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    JdbcTemplate jdbc;

    Fresh f;
    Fresh other;
    String code;

    @BeforeEach
    void setUp() {
        RecordsFixture fixture = new RecordsFixture(orgUnits, periods, reports, jdbc);
        f = fixture.commune(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 12, 14));
        other = fixture.commune(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 12, 14));
        code = "API_" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    @Test
    void anOfficeAddsItsOwnIndicatorAndItsCommunesReportItTyped() throws Exception {
        mvc.perform(post("/api/v1/indicators")
                        .with(user(f.reviewer()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"code":"%s","label":"Thu ngân sách trên địa bàn","unitOfMeasure":"đồng","sectionCode":"II.5",
                         "kind":"MONEY","moneyScale":"BILLION","yearFrom":2099,"yearTo":2099}""".formatted(code)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ownerUnitId").value(f.districtId()))
                .andExpect(jsonPath("$.moneyScale").value("BILLION"));
        mvc.perform(get("/api/v1/indicators").with(user(f.clerk()))).andExpect(jsonPath("$[*].code", hasItem(code)));
        mvc.perform(get("/api/v1/indicators").with(user(other.clerk())))
                .andExpect(jsonPath("$[*].code", not(hasItem(code))));

        mvc.perform(put("/api/v1/reports/" + f.reportId() + "/indicator-values")
                        .with(user(f.clerk()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"values":[{"code":"%s","value":"4,42 tỷ","qualifier":"EXACT"}]}""".formatted(code)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values[0].value").value("4.420.000.000"))
                .andExpect(jsonPath("$.values[0].printed").value("4,42 tỷ đồng"));
        mvc.perform(put("/api/v1/reports/" + other.reportId() + "/indicator-values")
                        .with(user(other.clerk()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"values":[{"code":"%s","value":"1 tỷ","qualifier":"EXACT"}]}""".formatted(code)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(
                        jsonPath("$.errors[0].message")
                                .value(
                                        "Chỉ tiêu «Thu ngân sách trên địa bàn» không thuộc danh mục áp dụng cho đơn vị và năm của báo cáo này."));
    }

    @Test
    void badInputIs422NamingTheFieldAndTheRuleAndNothingIsSaved() throws Exception {
        mvc.perform(put("/api/v1/reports/" + f.reportId() + "/indicator-values")
                        .with(user(f.clerk()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"values":[{"code":"MEETINGS_CCHC","value":"13","qualifier":"EXACT"},
                                   {"code":"ONLINE_RATE","value":"101","qualifier":"EXACT"}]}"""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("ONLINE_RATE"))
                .andExpect(
                        jsonPath("$.errors[0].message")
                                .value(
                                        "«Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến»: phải là tỷ lệ từ 0 đến 100, tối đa 2 chữ số thập phân (ví dụ 99,02); đã nhập «101»."));
        mvc.perform(get("/api/v1/reports/" + f.reportId() + "/indicator-values").with(user(f.clerk())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values").isEmpty());
        mvc.perform(post("/api/v1/indicators")
                        .with(user(f.clerk()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"code":"%s","label":"X","sectionCode":"II.5","kind":"COUNT"}""".formatted(code)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/indicators")
                        .with(user(f.reviewer()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"code":"%s","label":"X","sectionCode":"II.5","kind":"COUNT","ownerUnitId":%d}""".formatted(code, other.districtId())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/indicators")
                        .with(user(f.reviewer()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"code":"%s","label":"Tỷ lệ","sectionCode":"II.6","kind":"COUNT","numerator":"ind:NOPE","denominator":"dossier:receivedTotal","parts":["NOPE2"]}""".formatted(code)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", hasItem("numerator")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("parts")));
    }
}
