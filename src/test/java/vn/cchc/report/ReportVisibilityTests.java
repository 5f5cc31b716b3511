package vn.cchc.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.IntegrationTest;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;

@IntegrationTest
class ReportVisibilityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Reports reports;

    @Autowired
    UserDetailsService users;

    long lienMac() {
        return orgUnits.byCode("LIEN_MAC").orElseThrow().getId();
    }

    long lienMacReport2023() {
        return reports.visible((UnitViewer) users.loadUserByUsername("lienmac-clerk"), 2023, null)
                .get(0)
                .id();
    }

    @Test
    void clerkSeesOnlyTheirOwnCommunesReport() throws Exception {
        mvc.perform(get("/api/v1/reports?year=2023").with(httpBasic("lienmac-clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].orgUnitName").value("xã Liên Mạc"))
                .andExpect(jsonPath("$[0].periodTitle").value("năm 2023"))
                .andExpect(jsonPath("$[0].periodStart").value("2022-12-10"))
                .andExpect(jsonPath("$[0].periodEnd").value("2023-12-09"))
                .andExpect(jsonPath("$[0].status").value("DRAFT"));
    }

    @Test
    void anotherCommunesClerkCannotSeeLienMacUnitOrReport() throws Exception {
        mvc.perform(get("/api/v1/org-units").with(httpBasic("thanhhong-clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", not(hasItem("LIEN_MAC"))))
                .andExpect(jsonPath("$[*].code", hasItem("THANH_HONG")));
        mvc.perform(get("/api/v1/reports?year=2023&orgUnitId=" + lienMac()).with(httpBasic("thanhhong-clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/reports?year=2023").with(httpBasic("thanhhong-clerk", "demo")))
                .andExpect(jsonPath("$[*].orgUnitName", everyItem(is("xã Thanh Hồng"))));
        mvc.perform(get("/reports/" + lienMacReport2023()).with(user(users.loadUserByUsername("thanhhong-clerk"))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Liên Mạc"))));
    }

    @Test
    void districtOfficeSeesAllItsCommunesButNotAnotherDistricts() throws Exception {
        mvc.perform(get("/api/v1/reports?year=2023").with(httpBasic("thanhha-noivu", "demo")))
                .andExpect(jsonPath("$", hasSize(5)))
                .andExpect(jsonPath("$[*].orgUnitName", hasItem("xã Liên Mạc")))
                .andExpect(jsonPath("$[*].orgUnitName", not(hasItem("xã Tân Kỳ"))));
        mvc.perform(get("/api/v1/reports?year=2023").with(httpBasic("tuky-noivu", "demo")))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].orgUnitName").value("xã Tân Kỳ"));
    }

    @Test
    void dashboardShowsTheUnitAndItsReport() throws Exception {
        mvc.perform(get("/").with(user(users.loadUserByUsername("lienmac-clerk"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("UBND XÃ LIÊN MẠC")))
                .andExpect(content().string(containsString("năm 2023")))
                .andExpect(content().string(containsString("Đang soạn")));
    }

    @Test
    void unknownReportIsAFriendly404WithoutStackTrace() throws Exception {
        mvc.perform(get("/reports/999999").with(user(users.loadUserByUsername("lienmac-clerk"))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy")))
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
