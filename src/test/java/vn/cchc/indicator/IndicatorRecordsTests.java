package vn.cchc.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.IntegrationTest;
import vn.cchc.RecordsFixture;
import vn.cchc.RecordsFixture.Fresh;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.ValidationFailedException;

@IntegrationTest
class IndicatorRecordsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IndicatorValues values;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    AuditTrail audit;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    RecordsFixture fixture;
    Fresh f;

    @BeforeEach
    void setUp() {
        fixture = new RecordsFixture(orgUnits, periods, reports, jdbc);
        f = fixture.commune(LocalDate.of(2022, 12, 10), LocalDate.of(2023, 12, 9));
    }

    Map<String, IndicatorValueView> stored() {
        return values.forReport(f.reportId()).stream()
                .collect(Collectors.toMap(IndicatorValueView::code, Function.identity()));
    }

    MockHttpServletRequestBuilder page(String... rows) {
        MockHttpServletRequestBuilder b = post("/reports/" + f.reportId() + "/indicators")
                .with(user(f.clerk()))
                .with(csrf());
        for (int i = 0; i < rows.length; i += 3) {
            int n = i / 3;
            b.param("rows[" + n + "].code", rows[i])
                    .param("rows[" + n + "].value", rows[i + 1])
                    .param("rows[" + n + "].qualifier", rows[i + 2]);
        }
        return b;
    }

    @Test
    void thePageSavesVietnameseNumbersAndTheFormatterPrintsThemBack() throws Exception {
        mvc.perform(page(
                        "ONLINE_DOSSIERS",
                        "2.579",
                        "EXACT",
                        "ONLINE_RATE",
                        "99,02",
                        "EXACT",
                        "BUDGET_REVENUE",
                        "4.500.845.758",
                        "EXACT",
                        "ONE_STOP_STAFF_SUPPORTED",
                        "2",
                        "EXACT",
                        "RADIO_NEWS_CCHC",
                        "2840",
                        "APPROX",
                        "SATISFACTION_LEVEL",
                        "từ tốt trở lên",
                        "EXACT"))
                .andExpect(status().is3xxRedirection());
        Map<String, IndicatorValueView> v = stored();
        assertThat(v.get("ONLINE_DOSSIERS").numericValue()).isEqualByComparingTo("2579");
        assertThat(v.get("ONLINE_RATE").numericValue()).isEqualByComparingTo("99.02");
        assertThat(v.get("BUDGET_REVENUE").numericValue()).isEqualByComparingTo(new BigDecimal("4500845758"));
        assertThat(v.get("SATISFACTION_LEVEL").textValue()).isEqualTo("từ tốt trở lên");
        assertThat(values.format(v.get("ONLINE_DOSSIERS"), false)).isEqualTo("2.579");
        assertThat(values.format(v.get("ONLINE_RATE"), false)).isEqualTo("99,02 %");
        assertThat(values.format(v.get("BUDGET_REVENUE"), false)).isEqualTo("4.500.845.758");
        assertThat(values.format(v.get("RADIO_NEWS_CCHC"), false)).isEqualTo("gần 2.840");
        assertThat(values.format(v.get("ONE_STOP_STAFF_SUPPORTED"), true)).isEqualTo("02");
        assertThat(values.format(v.get("ONE_STOP_STAFF_SUPPORTED"), false)).isEqualTo("2");
        assertThat(values.format(v.get("SATISFACTION_LEVEL"), false)).isEqualTo("từ tốt trở lên");
        assertThat(audit.forReport(f.reportId())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("CREATE");
            assertThat(e.after()).contains("BUDGET_REVENUE").contains("4500845758");
        });
        mvc.perform(get("/reports/" + f.reportId() + "/indicators").with(user(f.clerk())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"4.500.845.758\"")))
                .andExpect(content().string(containsString("value=\"99,02\"")));
    }

    @Test
    void oneInvalidRowRefusesTheWholePageNamingTheIndicatorAndTheRule() throws Exception {
        mvc.perform(page(
                        "MEETINGS_CCHC",
                        "13",
                        "EXACT",
                        "ONLINE_RATE",
                        "120",
                        "EXACT",
                        "STAFF_TOTAL",
                        "-3",
                        "EXACT",
                        "ONE_STOP_COMPUTERS",
                        "4,5",
                        "EXACT"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("«Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến»: phải là tỷ lệ từ 0 đến 100")))
                .andExpect(
                        content().string(containsString("«Tổng số cán bộ, công chức xã»: phải là số nguyên không âm")))
                .andExpect(content()
                        .string(containsString(
                                "«Số máy vi tính tại Bộ phận Tiếp nhận và Trả kết quả»: phải là số nguyên")))
                .andExpect(content().string(containsString("value=\"120\"")));
        assertThat(stored()).isEmpty();
        assertThatThrownBy(() -> values.saveAll(
                        f.clerk(), f.reportId(), List.of(new ValueInput("ONLINE_RATE", "99,123", "EXACT", null, null))))
                .isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void twoSavesFromTheSameVersionTheSecondIsRefusedTheFirstKept() {
        values.saveAll(f.clerk(), f.reportId(), List.of(new ValueInput("MEETINGS_CCHC", "13", "EXACT", null, null)));
        long v0 = stored().get("MEETINGS_CCHC").version();
        values.saveAll(f.clerk(), f.reportId(), List.of(new ValueInput("MEETINGS_CCHC", "14", "EXACT", null, v0)));
        assertThatThrownBy(() -> values.saveAll(
                        f.clerk(), f.reportId(), List.of(new ValueInput("MEETINGS_CCHC", "15", "EXACT", null, v0))))
                .isInstanceOfSatisfying(
                        StaleValuesException.class,
                        e -> assertThat(e.labels()).containsExactly("Số cuộc họp, giao ban về CCHC"));
        assertThat(stored().get("MEETINGS_CCHC").numericValue()).isEqualByComparingTo("14");
        // a new figure that someone else created meanwhile is a conflict too
        values.saveAll(f.clerk(), f.reportId(), List.of(new ValueInput("RADIO_NEWS_CCHC", "5", "EXACT", null, null)));
        assertThatThrownBy(() -> values.saveAll(
                        f.clerk(), f.reportId(), List.of(new ValueInput("RADIO_NEWS_CCHC", "6", "EXACT", null, null))))
                .isInstanceOf(StaleValuesException.class);
        // an empty value removes the figure
        long v1 = stored().get("MEETINGS_CCHC").version();
        values.saveAll(f.clerk(), f.reportId(), List.of(new ValueInput("MEETINGS_CCHC", "", "EXACT", null, v1)));
        assertThat(stored()).doesNotContainKey("MEETINGS_CCHC");
    }

    @Test
    void aSubmittedReportRefusesFigures() throws Exception {
        fixture.setStatus(f.reportId(), "SUBMITTED");
        mvc.perform(page("MEETINGS_CCHC", "13", "EXACT")).andExpect(status().isConflict());
        assertThat(stored()).isEmpty();
    }

    @Test
    void theReceivingOfficeReadsButDoesNotWriteACommunesFigures() throws Exception {
        var reviewer = user(f.reviewer());
        mvc.perform(get("/reports/" + f.reportId() + "/indicators").with(reviewer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("chỉ xem")))
                .andExpect(content().string(Matchers.not(containsString("Lưu tất cả số liệu"))));
        mvc.perform(get("/reports/" + f.reportId() + "/indicators").with(user(f.clerk())))
                .andExpect(content().string(containsString("Lưu tất cả số liệu")));
        mvc.perform(post("/reports/" + f.reportId() + "/indicators")
                        .with(reviewer)
                        .with(csrf())
                        .param("rows[0].code", "MEETINGS_CCHC")
                        .param("rows[0].value", "13"))
                .andExpect(status().isForbidden());
        assertThat(stored()).isEmpty();
    }

    @Test
    void theAdministratorManagesTheCatalogue() throws Exception {
        var admin = user(users.loadUserByUsername("admin"));
        mvc.perform(post("/admin/indicators")
                        .with(admin)
                        .with(csrf())
                        .param("code", "bad code")
                        .param("label", "")
                        .param("sectionCode", "II.6")
                        .param("kind", "COUNT")
                        .param("position", "900"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã: 2–60 ký tự")))
                .andExpect(content().string(containsString("Chỉ tiêu: bắt buộc")));
        String code = "TEST_IND_" + System.nanoTime();
        mvc.perform(post("/admin/indicators")
                        .with(admin)
                        .with(csrf())
                        .param("code", code)
                        .param("label", "Chỉ tiêu thử")
                        .param("unitOfMeasure", "cái")
                        .param("sectionCode", "II.6")
                        .param("kind", "COUNT")
                        .param("position", "900"))
                .andExpect(status().is3xxRedirection());
        Indicator created = catalogue.all().stream()
                .filter(i -> i.getCode().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(created.isActive()).isFalse(); // checkbox not sent: inactive, so other reports are not affected
        mvc.perform(post("/admin/indicators/" + created.getId())
                        .with(admin)
                        .with(csrf())
                        .param("code", code)
                        .param("label", "Chỉ tiêu thử đã sửa")
                        .param("sectionCode", "II.5")
                        .param("kind", "PERCENT")
                        .param("position", "901")
                        .param("version", String.valueOf(created.getVersion())))
                .andExpect(status().is3xxRedirection());
        Indicator updated = catalogue.get(created.getId());
        assertThat(updated.getLabel()).isEqualTo("Chỉ tiêu thử đã sửa");
        assertThat(updated.getKind()).isEqualTo(IndicatorKind.PERCENT);
        mvc.perform(get("/admin/indicators").with(admin))
                .andExpect(content().string(containsString("Chỉ tiêu thử đã sửa")));
        mvc.perform(get("/admin/indicators").with(user(f.clerk()))).andExpect(status().isForbidden());
    }
}
