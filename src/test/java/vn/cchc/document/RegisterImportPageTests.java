package vn.cchc.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.cchc.IntegrationTest;
import vn.cchc.RecordsFixture;
import vn.cchc.RecordsFixture.Fresh;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;

/** The import pages (upload → preview → commit), the paged, searchable document list, the export download. */
@IntegrationTest
class RegisterImportPageTests {

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

    @Autowired
    RegisterImport imports;

    static final Pattern UPLOAD = Pattern.compile("/documents/import/([0-9a-f-]{36})/commit");

    @Test
    void uploadPreviewCommitThenThePagedListAndTheExport() throws Exception {
        Fresh f = new RecordsFixture(orgUnits, periods, reports, jdbc)
                .commune(LocalDate.of(2022, 12, 10), LocalDate.of(2023, 12, 9));
        String name = orgUnits.get(f.unitId()).getName();
        EofficeExport.Made file = EofficeExport.xlsx(name, 2000, false, 23);
        String base = "/reports/" + f.reportId() + "/documents";

        assertThat(mvc.perform(get(base + "/import").with(user(f.clerk())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"register-file\"");
        String page = HtmlUtils.htmlUnescape(mvc.perform(multipart(base + "/import")
                        .file(new MockMultipartFile("file", "so.xlsx", "application/octet-stream", file.bytes()))
                        .with(user(f.clerk()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page).contains("id=\"count-new\">1.999<").contains("id=\"count-duplicates\">1<");
        Matcher m = UPLOAD.matcher(page);
        assertThat(m.find()).isTrue();
        String upload = m.group(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from issued_document where org_unit_id = ?", Integer.class, f.unitId()))
                .isZero();

        // the clerk leaves the type column out: types come from the symbols, the same counts
        String remapped = HtmlUtils.htmlUnescape(mvc.perform(post(base + "/import/" + upload + "/preview")
                        .param("map_TYPE", "-1")
                        .with(user(f.clerk()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(remapped).contains("id=\"count-new\">1.999<").contains("id=\"count-errors\">0<");

        mvc.perform(post(base + "/import/" + upload + "/commit")
                        .param("map_TYPE", "-1")
                        .with(user(f.clerk()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select count(*) from issued_document where org_unit_id = ?", Integer.class, f.unitId()))
                .isEqualTo(1999);
        assertThat(imports.rememberedMapping(f.unitId()))
                .doesNotContainKey(ImportField.TYPE)
                .containsKey(ImportField.SUMMARY);
        // the staged file is gone once committed
        mvc.perform(post(base + "/import/" + upload + "/commit")
                        .with(user(f.clerk()))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        String list =
                HtmlUtils.htmlUnescape(mvc.perform(get(base).param("page", "2").with(user(f.clerk())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(list).contains("Trang 2/20").contains("1.999");
        assertThat(list.split("class=\"doc-number\"", -1).length - 1).isEqualTo(100);
        String search = HtmlUtils.htmlUnescape(
                mvc.perform(get(base).param("q", "12-CV/ĐU").with(user(f.clerk())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(search).contains("12-CV/ĐU").doesNotContain("Trang 1/");

        byte[] xlsx = mvc.perform(get(base + "/export.xlsx").with(user(f.clerk())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        ImportPreview back = imports.preview(f.clerk(), f.unitId(), "export.xlsx", xlsx, Map.of());
        assertThat(back.unchanged()).isEqualTo(1999);
        assertThat(back.newCount() + back.changed() + back.errors().size()).isZero();

        // a receiving office sees the register but may not import into it
        mvc.perform(get(base + "/import").with(user(f.reviewer()))).andExpect(status().isForbidden());
    }
}
