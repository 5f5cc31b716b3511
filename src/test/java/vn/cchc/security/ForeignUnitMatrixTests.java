package vn.cchc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.cchc.IntegrationTest;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.report.Reports;

/**
 * Every endpoint of the app that takes a report id, a record id or a unit id, called by every role against a
 * unit that is not theirs: denied (403/404), nothing of the foreign unit in the answer, nothing changed in the
 * database. The endpoints are discovered from Spring's handler mapping, so a new endpoint without a row here
 * (or in the explicit allow-list of endpoints that take no foreign id) fails {@link #everyEndpointHasARow()}.
 */
@IntegrationTest
class ForeignUnitMatrixTests {

    /** Distinctive strings of Liên Mạc's records: none may appear in an answer to an outsider. */
    static final List<String> LIEN_MAC_SECRETS = List.of(
            "Liên Mạc", "LIÊN MẠC", "Lien Mac", "Lien-Mac", "36/KH-UBND", "Phạm Văn Cảnh", "Thực hiện Kế hoạch");
    /** Names of Thanh Hà's communes other than the attacker's: none may appear in a consolidation refusal. */
    static final List<String> THANH_HA_SECRETS = List.of("Liên Mạc", "Cẩm Chế", "Thanh Khê", "Thanh Xá", "2.579");

    /** Endpoints that take no id of someone else's unit (the dashboard filters by the caller; admin pages are ADMIN-only). */
    static final Set<String> NO_FOREIGN_ID = Set.of(
            "GET /login",
            "GET /",
            "GET /account/password",
            "POST /account/password",
            "GET /api/v1/org-units",
            // per account, not per unit: a token id of another account is 404 (ApiTokenTests), and the password
            // is always the caller's own
            "GET /account/tokens",
            "POST /account/tokens",
            "POST /account/tokens/{id}/revoke",
            "GET /api/v1/tokens",
            "POST /api/v1/tokens",
            "DELETE /api/v1/tokens/{id}",
            "POST /api/v1/account/password",
            // admin (or, for periods, an office for its own unit): refusals tested in AnyCommuneReportTests
            "POST /api/v1/org-units",
            "POST /api/v1/periods",
            "GET /api/v1/periods",
            "PUT /api/v1/org-units/{id}",
            "POST /api/v1/org-units/{id}/mergers",
            "POST /api/v1/org-units/import",
            // report kinds are no unit's: the list is the same for all, the template upload is admin only
            // (ReportKindTemplateTests)
            "GET /api/v1/report-kinds",
            "POST /api/v1/report-kinds",
            "POST /api/v1/report-kinds/{id}/template",
            // the catalogue: lists what the caller may read; a foreign ownerUnitId is refused (IndicatorApiTests)
            "GET /api/v1/indicators",
            "POST /api/v1/indicators",
            // verification takes a file, not an id; it answers only yes/no for a report the caller may not see
            "GET /verify",
            "POST /verify",
            "POST /api/v1/verify",
            // Chỉ số CCHC: the entry redirects to the caller's own page; the template is the same blank file for all
            "GET /par-index",
            "GET /par-index/criteria/template.xlsx");

    static final Set<String> ADMIN_ONLY = Set.of(
            "GET /admin/accounts",
            "GET /admin/accounts/new",
            "POST /admin/accounts",
            "GET /admin/units",
            "GET /admin/units/new",
            "POST /admin/units",
            "GET /admin/indicators",
            "GET /admin/indicators/new",
            "POST /admin/indicators",
            "GET /admin/indicators/{id}",
            "POST /admin/indicators/{id}",
            "GET /admin/periods",
            "GET /admin/periods/new",
            "POST /admin/periods",
            "GET /admin/accounts/{id}",
            "POST /admin/accounts/{id}",
            "POST /admin/accounts/{id}/deactivate",
            "POST /admin/accounts/{id}/activate",
            "POST /admin/accounts/{id}/unlock",
            "POST /admin/accounts/{id}/reset-password",
            "POST /api/v1/accounts",
            "PUT /api/v1/accounts/{id}",
            "POST /api/v1/accounts/{id}/deactivate",
            "POST /api/v1/accounts/{id}/activate",
            "POST /api/v1/accounts/{id}/unlock",
            "POST /api/v1/accounts/{id}/reset-password",
            "POST /admin/periods/{id}/open",
            "GET /admin/units/{id}/signing-keys",
            "POST /admin/units/{id}/signing-keys",
            "GET /admin/units/{id}",
            "POST /admin/units/{id}",
            "POST /admin/units/{id}/mergers",
            "POST /admin/units/{id}/officials",
            "POST /admin/units/{id}/officials/{officialId}/end",
            "GET /admin/units/import",
            "POST /admin/units/import",
            "GET /admin/units/import/template.xlsx",
            "GET /admin/report-kinds",
            "POST /admin/report-kinds",
            "POST /admin/report-kinds/{id}/template",
            "GET /admin/report-kinds/{id}/template.docx");

    enum Body {
        NONE,
        DOCUMENT,
        COUNTS,
        DOSSIER_FORM,
        PROCEDURE_FORM,
        HEADER,
        NARRATIVE,
        TASK,
        VALUES,
        VERSION,
        COMMENT,
        XLSX_UPLOAD,
        DOSSIER_JSON,
        VALUES_JSON,
        PROCEDURE_JSON,
        SUBMIT_JSON,
        RETURN_JSON,
        OVERWRITE,
        OPEN_JSON,
        SIGNING_JSON,
        OFFICIAL_JSON,
        PAR_SCORES,
        PDF_UPLOAD,
        PAR_APPRAISAL,
        PAR_ANSWER,
        EXPLANATION
    }

    /** One row of the matrix: the concrete URLs (placeholders {id} {docId} {taskId} {rev} {parent} {year}) and the body. */
    record Row(List<String> urls, Body body) {
        static Row of(String url, Body body) {
            return new Row(List.of(url), body);
        }
    }

    static final Map<String, Row> MATRIX = new LinkedHashMap<>();

    static {
        // report pages
        m("GET /reports/{id}", "/reports/{id}", Body.NONE);
        m("GET /reports/{reportId}/documents", "/reports/{id}/documents?q=KH", Body.NONE);
        m("GET /reports/{reportId}/documents/new", "/reports/{id}/documents/new", Body.NONE);
        m("POST /reports/{reportId}/documents", "/reports/{id}/documents", Body.DOCUMENT);
        m("GET /reports/{reportId}/documents/{documentId}", "/reports/{id}/documents/{docId}", Body.NONE);
        m("POST /reports/{reportId}/documents/{documentId}", "/reports/{id}/documents/{docId}", Body.DOCUMENT);
        m(
                "POST /reports/{reportId}/documents/{documentId}/delete",
                "/reports/{id}/documents/{docId}/delete",
                Body.VERSION);
        m(
                "POST /reports/{reportId}/documents/{documentId}/attach",
                "/reports/{id}/documents/{docId}/attach",
                Body.NONE);
        m(
                "POST /reports/{reportId}/documents/{documentId}/detach",
                "/reports/{id}/documents/{docId}/detach",
                Body.NONE);
        m("POST /reports/{reportId}/documents/counts", "/reports/{id}/documents/counts", Body.COUNTS);
        // register import (issue 19): the staged file id is random; the report (or unit) check refuses first
        m("GET /reports/{reportId}/documents/import", "/reports/{id}/documents/import", Body.NONE);
        m("POST /reports/{reportId}/documents/import", "/reports/{id}/documents/import", Body.XLSX_UPLOAD);
        m(
                "POST /reports/{reportId}/documents/import/{uploadId}/preview",
                "/reports/{id}/documents/import/00000000-0000-4000-8000-000000000019/preview",
                Body.NONE);
        m(
                "POST /reports/{reportId}/documents/import/{uploadId}/commit",
                "/reports/{id}/documents/import/00000000-0000-4000-8000-000000000019/commit",
                Body.NONE);
        m(
                "GET /reports/{reportId}/documents/import/template.xlsx",
                "/reports/{id}/documents/import/template.xlsx",
                Body.NONE);
        m("GET /reports/{reportId}/documents/export.xlsx", "/reports/{id}/documents/export.xlsx", Body.NONE);
        m(
                "POST /api/v1/org-units/{id}/documents/import",
                "/api/v1/org-units/{unit}/documents/import",
                Body.XLSX_UPLOAD);
        m("GET /reports/{reportId}/tasks", "/reports/{id}/tasks", Body.NONE);
        m("GET /reports/{reportId}/tasks/new", "/reports/{id}/tasks/new", Body.NONE);
        m("POST /reports/{reportId}/tasks", "/reports/{id}/tasks", Body.TASK);
        m("GET /reports/{reportId}/tasks/{taskId}", "/reports/{id}/tasks/{taskId}", Body.NONE);
        m("POST /reports/{reportId}/tasks/{taskId}", "/reports/{id}/tasks/{taskId}", Body.TASK);
        m("POST /reports/{reportId}/tasks/{taskId}/delete", "/reports/{id}/tasks/{taskId}/delete", Body.VERSION);
        m("GET /reports/{reportId}/header", "/reports/{id}/header", Body.NONE);
        m("POST /reports/{reportId}/header", "/reports/{id}/header", Body.HEADER);
        m("GET /reports/{reportId}/narrative", "/reports/{id}/narrative", Body.NONE);
        m("POST /reports/{reportId}/narrative", "/reports/{id}/narrative", Body.NARRATIVE);
        m("POST /reports/{reportId}/narrative/copy-previous", "/reports/{id}/narrative/copy-previous", Body.OVERWRITE);
        m("GET /reports/{reportId}/indicators", "/reports/{id}/indicators", Body.NONE);
        m("POST /reports/{reportId}/indicators", "/reports/{id}/indicators", Body.VALUES);
        m("GET /reports/{id}/dossier", "/reports/{id}/dossier", Body.NONE);
        m("POST /reports/{id}/dossier", "/reports/{id}/dossier", Body.DOSSIER_FORM);
        m("POST /reports/{id}/dossier/import", "/reports/{id}/dossier/import", Body.XLSX_UPLOAD);
        m("GET /reports/{id}/dossier/template.xlsx", "/reports/{id}/dossier/template.xlsx", Body.NONE);
        m("GET /reports/{id}/procedures", "/reports/{id}/procedures", Body.NONE);
        m("POST /reports/{id}/procedures", "/reports/{id}/procedures", Body.PROCEDURE_FORM);
        m("POST /reports/{id}/procedures/import", "/reports/{id}/procedures/import", Body.XLSX_UPLOAD);
        m("GET /reports/{id}/procedures/template.xlsx", "/reports/{id}/procedures/template.xlsx", Body.NONE);
        m("GET /reports/{id}/checks", "/reports/{id}/checks", Body.NONE);
        m("POST /reports/{id}/checks/explanations", "/reports/{id}/checks/explanations", Body.EXPLANATION);
        m("GET /reports/{id}/preview", "/reports/{id}/preview", Body.NONE);
        m("GET /reports/{id}/workflow", "/reports/{id}/workflow", Body.NONE);
        m("POST /reports/{id}/workflow/submit", "/reports/{id}/workflow/submit?confirmWarnings=true", Body.NONE);
        m("POST /reports/{id}/workflow/sign", "/reports/{id}/workflow/sign", Body.NONE);
        m("POST /reports/{id}/workflow/return", "/reports/{id}/workflow/return", Body.COMMENT);
        m("POST /reports/{id}/workflow/accept", "/reports/{id}/workflow/accept", Body.NONE);
        m("POST /reports/{id}/workflow/withdraw", "/reports/{id}/workflow/withdraw", Body.NONE);
        m(
                "GET /reports/{id}/versions/{revision}/document.docx",
                "/reports/{old}/versions/{rev}/document.docx",
                Body.NONE);
        m(
                "GET /reports/{id}/versions/{revision}/document.pdf",
                "/reports/{old}/versions/{rev}/document.pdf",
                Body.NONE);
        m("GET /reports/{id}/document.docx", "/reports/{id}/document.docx", Body.NONE);
        m("GET /reports/{id}/document.pdf", "/reports/{id}/document.pdf", Body.NONE);
        // API
        m("GET /api/v1/reports/{id}/document.docx", "/api/v1/reports/{id}/document.docx", Body.NONE);
        m("GET /api/v1/reports/{id}/document.pdf", "/api/v1/reports/{id}/document.pdf", Body.NONE);
        m("GET /api/v1/reports/{id}/checks", "/api/v1/reports/{id}/checks", Body.NONE);
        m("GET /api/v1/reports/{id}/dossier-statistics", "/api/v1/reports/{id}/dossier-statistics", Body.NONE);
        m("PUT /api/v1/reports/{id}/dossier-statistics", "/api/v1/reports/{id}/dossier-statistics", Body.DOSSIER_JSON);
        m("GET /api/v1/reports/{id}/indicator-values", "/api/v1/reports/{id}/indicator-values", Body.NONE);
        m("PUT /api/v1/reports/{id}/indicator-values", "/api/v1/reports/{id}/indicator-values", Body.VALUES_JSON);
        m("GET /api/v1/reports/{id}/procedure-catalog", "/api/v1/reports/{id}/procedure-catalog", Body.NONE);
        m("PUT /api/v1/reports/{id}/procedure-catalog", "/api/v1/reports/{id}/procedure-catalog", Body.PROCEDURE_JSON);
        m("POST /api/v1/reports/{id}/submit", "/api/v1/reports/{id}/submit", Body.SUBMIT_JSON);
        m("POST /api/v1/reports/{id}/sign", "/api/v1/reports/{id}/sign", Body.NONE);
        m("POST /api/v1/reports/{id}/return", "/api/v1/reports/{id}/return", Body.RETURN_JSON);
        m("POST /api/v1/reports/{id}/accept", "/api/v1/reports/{id}/accept", Body.NONE);
        m("POST /api/v1/reports/{id}/withdraw", "/api/v1/reports/{id}/withdraw", Body.NONE);
        m("GET /api/v1/reports/{id}/versions", "/api/v1/reports/{old}/versions", Body.NONE);
        m(
                "GET /api/v1/reports/{id}/versions/{revision}/document.docx",
                "/api/v1/reports/{old}/versions/{rev}/document.docx",
                Body.NONE);
        m(
                "GET /api/v1/reports/{id}/versions/{revision}/document.pdf",
                "/api/v1/reports/{old}/versions/{rev}/document.pdf",
                Body.NONE);
        m("GET /api/v1/reports/{id}/transitions", "/api/v1/reports/{old}/transitions", Body.NONE);
        // consolidation (unit id as parentId)
        m("GET /consolidation", "/consolidation?parentId={parent}", Body.NONE);
        m("GET /consolidation/table", "/consolidation/table?parentId={parent}&includeDrafts=true", Body.NONE);
        MATRIX.put(
                "GET /consolidation/dossier-statistics.{ext:xlsx|docx|pdf}",
                new Row(
                        List.of(
                                "/consolidation/dossier-statistics.xlsx?parentId={parent}&includeDrafts=true",
                                "/consolidation/dossier-statistics.docx?parentId={parent}&includeDrafts=true",
                                "/consolidation/dossier-statistics.pdf?parentId={parent}&includeDrafts=true"),
                        Body.NONE));
        m("GET /consolidation/signed-reports.zip", "/consolidation/signed-reports.zip?parentId={parent}", Body.NONE);
        m(
                "GET /api/v1/consolidations",
                "/api/v1/consolidations?parentId={parent}&year={year}&includeDrafts=true",
                Body.NONE);
        MATRIX.put(
                "GET /api/v1/consolidations/dossier-statistics.{ext:xlsx|docx|pdf}",
                new Row(
                        List.of(
                                "/api/v1/consolidations/dossier-statistics.xlsx?parentId={parent}&year={year}&includeDrafts=true",
                                "/api/v1/consolidations/dossier-statistics.docx?parentId={parent}&year={year}&includeDrafts=true",
                                "/api/v1/consolidations/dossier-statistics.pdf?parentId={parent}&year={year}&includeDrafts=true"),
                        Body.NONE));
        m(
                "GET /api/v1/consolidations/signed-reports.zip",
                "/api/v1/consolidations/signed-reports.zip?parentId={parent}&year=2022",
                Body.NONE);
        m("GET /api/v1/consolidations/board", "/api/v1/consolidations/board?parentId={parent}&year={year}", Body.NONE);
        // the office's own report (issue 14): its compilation is the office's only, its units' texts its own report's
        // only
        m(
                "GET /api/v1/office-reports/compilation",
                "/api/v1/office-reports/compilation?parentId={parent}&includeDrafts=true",
                Body.NONE);
        m("GET /api/v1/reports/{id}/unit-texts", "/api/v1/reports/{id}/unit-texts?section=I", Body.NONE);
        m("GET /reports/{reportId}/compiled-narrative", "/reports/{id}/compiled-narrative?section=I", Body.NONE);
        m("POST /reports/{reportId}/compiled-narrative", "/reports/{id}/compiled-narrative?section=I", Body.VERSION);
        // opening reports, signing details, the unit's officials
        m("POST /api/v1/reports", "/api/v1/reports", Body.OPEN_JSON);
        m("POST /reports/open", "/reports/open?orgUnitId={unit}&periodId=1", Body.NONE);
        m("GET /api/v1/reports/{id}/signing-details", "/api/v1/reports/{id}/signing-details", Body.NONE);
        m("PUT /api/v1/reports/{id}/signing-details", "/api/v1/reports/{id}/signing-details", Body.SIGNING_JSON);
        m("GET /api/v1/org-units/{id}/officials", "/api/v1/org-units/{unit}/officials", Body.NONE);
        m("POST /api/v1/org-units/{id}/officials", "/api/v1/org-units/{unit}/officials", Body.OFFICIAL_JSON);
        m(
                "PUT /api/v1/org-units/{id}/officials/{officialId}",
                "/api/v1/org-units/{unit}/officials/1",
                Body.OFFICIAL_JSON);
        // Chỉ số CCHC (issue 18): a commune's assessment by unit and year, the office's results, the criteria by owner
        m("GET /par-index/units/{unitId}/{year}", "/par-index/units/{unit}/{year}", Body.NONE);
        m("POST /par-index/units/{unitId}/{year}/scores", "/par-index/units/{unit}/{year}/scores", Body.PAR_SCORES);
        m("POST /par-index/units/{unitId}/{year}/evidence", "/par-index/units/{unit}/{year}/evidence", Body.PDF_UPLOAD);
        m(
                "POST /par-index/units/{unitId}/{year}/evidence/{evidenceId}/delete",
                "/par-index/units/{unit}/{year}/evidence/1/delete",
                Body.NONE);
        m("POST /par-index/units/{unitId}/{year}/submit", "/par-index/units/{unit}/{year}/submit", Body.NONE);
        m(
                "POST /par-index/units/{unitId}/{year}/appraisal",
                "/par-index/units/{unit}/{year}/appraisal",
                Body.PAR_APPRAISAL);
        m("POST /par-index/units/{unitId}/{year}/answer", "/par-index/units/{unit}/{year}/answer", Body.PAR_ANSWER);
        m("POST /par-index/units/{unitId}/{year}/finalise", "/par-index/units/{unit}/{year}/finalise", Body.NONE);
        MATRIX.put(
                "GET /par-index/units/{unitId}/{year}/self-assessment.{ext:docx|pdf}",
                new Row(
                        List.of(
                                "/par-index/units/{unit}/{year}/self-assessment.docx",
                                "/par-index/units/{unit}/{year}/self-assessment.pdf"),
                        Body.NONE));
        m("GET /par-index/results", "/par-index/results?parentId={parent}&year={year}", Body.NONE);
        MATRIX.put(
                "GET /par-index/results.{ext:xlsx|pdf}",
                new Row(
                        List.of(
                                "/par-index/results.xlsx?parentId={parent}&year={year}",
                                "/par-index/results.pdf?parentId={parent}&year={year}"),
                        Body.NONE));
        m("GET /par-index/criteria", "/par-index/criteria?ownerId={parent}&year={year}", Body.NONE);
        m(
                "POST /par-index/criteria/import",
                "/par-index/criteria/import?ownerId={parent}&year={year}",
                Body.XLSX_UPLOAD);
        m("POST /par-index/criteria/copy", "/par-index/criteria/copy?ownerId={parent}&year=2024", Body.NONE);
        m("GET /api/v1/par-index/results", "/api/v1/par-index/results?parentId={parent}&year={year}", Body.NONE);
        MATRIX.put(
                "GET /api/v1/par-index/results.{ext:xlsx|pdf}",
                new Row(
                        List.of(
                                "/api/v1/par-index/results.xlsx?parentId={parent}&year={year}",
                                "/api/v1/par-index/results.pdf?parentId={parent}&year={year}"),
                        Body.NONE));
        m("GET /api/v1/par-index/units/{unitId}/{year}", "/api/v1/par-index/units/{unit}/{year}", Body.NONE);
        // a filter, not a lookup: answers 200 with nothing of the foreign unit (checked separately)
        m("GET /api/v1/reports", "/api/v1/reports?year={year}&orgUnitId={unit}", Body.NONE);
    }

    private static void m(String key, String url, Body body) {
        MATRIX.put(key, Row.of(url, body));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Reports reports;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    long lienMac2023;
    /** The unit under attack, for bodies that name a unit (opening a report). */
    long attackedUnit;

    long lienMac2022;
    long lienMacUnit;
    long thanhHa;
    long lienMacDoc;
    long lienMacTask;
    int oldRevision;
    long docVersion;
    long taskVersion;
    long lockVersion;
    String unitIds;
    List<String> tables;

    @BeforeEach
    void targets() {
        UnitViewer lienMacClerk = (UnitViewer) users.loadUserByUsername("lienmac-clerk");
        lienMac2023 = reports.visible(lienMacClerk, 2023, null).get(0).id();
        lienMac2022 = reports.visible(lienMacClerk, 2022, null).get(0).id();
        lienMacUnit = orgUnits.byCode("LIEN_MAC").orElseThrow().getId();
        thanhHa = orgUnits.byCode("THANH_HA").orElseThrow().getId();
        lienMacDoc = jdbc.queryForObject(
                "select id from issued_document where org_unit_id = ? and number_symbol = '36/KH-UBND'",
                Long.class,
                lienMacUnit);
        lienMacTask =
                jdbc.queryForObject("select min(id) from assigned_task where report_id = ?", Long.class, lienMac2023);
        Integer rev = jdbc.queryForObject(
                "select max(revision) from report_snapshot where report_id = ?", Integer.class, lienMac2022);
        oldRevision = rev == null ? 1 : rev;
        docVersion = jdbc.queryForObject("select version from issued_document where id = ?", Long.class, lienMacDoc);
        taskVersion = jdbc.queryForObject("select version from assigned_task where id = ?", Long.class, lienMacTask);
        lockVersion = jdbc.queryForObject("select lock_version from report where id = ?", Long.class, lienMac2023);
        unitIds =
                lienMacUnit + "," + orgUnits.byCode("THANH_HONG").orElseThrow().getId() + ","
                        + orgUnits.byCode("TAN_KY").orElseThrow().getId();
    }

    /** Every handler method of the app, as "METHOD pattern". */
    Set<String> discovered() {
        Set<String> keys = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("vn.cchc")) return;
            for (String pattern : info.getPatternValues()) {
                for (var method : info.getMethodsCondition().getMethods()) keys.add(method.name() + " " + pattern);
                if (info.getMethodsCondition().getMethods().isEmpty()) keys.add("ANY " + pattern);
            }
        });
        return keys;
    }

    @Test
    void everyEndpointHasARow() {
        Set<String> known = new TreeSet<>(MATRIX.keySet());
        known.addAll(NO_FOREIGN_ID);
        known.addAll(ADMIN_ONLY);
        Set<String> found = discovered();
        Set<String> missing = new TreeSet<>(found);
        missing.removeAll(known);
        Set<String> stale = new TreeSet<>(known);
        stale.removeAll(found);
        assertThat(missing)
                .as("endpoints without a row in the foreign-unit matrix (add one, or to the allow-list)")
                .isEmpty();
        assertThat(stale).as("matrix rows for endpoints that no longer exist").isEmpty();
        assertThat(found).hasSizeGreaterThan(60);
    }

    /** What is attacked: a report, a report with signed versions, the unit, one of its documents and tasks, an office. */
    record Target(
            long report,
            long old,
            long unit,
            Long doc,
            Long task,
            long parent,
            List<String> secrets,
            List<String> parentSecrets) {}

    /** Who attacks: the account and whether the target is Liên Mạc (else Tân Kỳ, for Thanh Hà's own office). */
    record Attacker(String username, boolean againstLienMac) {}

    static final Set<String> BASIC = Set.of("thanhhong-clerk", "lienmac-clerk", "thanhha-noivu");

    static final List<Attacker> ATTACKERS = List.of(
            new Attacker("thanhhong-clerk", true),
            new Attacker("thanhhong-chair", true),
            new Attacker("tuky-noivu", true),
            new Attacker("tanky-clerk", true),
            new Attacker("thanhha-noivu", false));

    Target lienMac() {
        return new Target(
                lienMac2023,
                lienMac2022,
                lienMacUnit,
                lienMacDoc,
                lienMacTask,
                thanhHa,
                LIEN_MAC_SECRETS,
                THANH_HA_SECRETS);
    }

    /** Tân Kỳ (huyện Tứ Kỳ): not Thanh Hà's office's business. It has no signed version, so {old} is its 2023 report. */
    Target tanKy() {
        long unit = orgUnits.byCode("TAN_KY").orElseThrow().getId();
        long report = reports.visible((UnitViewer) users.loadUserByUsername("tanky-clerk"), 2023, null)
                .get(0)
                .id();
        return new Target(
                report,
                report,
                unit,
                jdbc.queryForObject("select min(id) from issued_document where org_unit_id = ?", Long.class, unit),
                jdbc.queryForObject("select min(id) from assigned_task where report_id = ?", Long.class, report),
                orgUnits.byCode("TU_KY").orElseThrow().getId(),
                List.of("Tân Kỳ", "TÂN KỲ", "Tan-Ky", "Ngô Văn Tùng"),
                List.of("Tân Kỳ", "TÂN KỲ"));
    }

    @Test
    void everyRoleIsDeniedEverythingOfAUnitThatIsNotTheirs() throws Exception {
        List<String> failures = new ArrayList<>();
        Map<String, String> before = fingerprints();
        int requests = 0;
        for (Attacker a : ATTACKERS) {
            UserDetails principal = users.loadUserByUsername(a.username());
            Target target = a.againstLienMac() ? lienMac() : tanKy();
            attackedUnit = target.unit();
            long ownReport = reports.visible((UnitViewer) principal, 2023, null).stream()
                    .filter(r -> r.orgUnitId() != target.unit())
                    .findFirst()
                    .orElseThrow()
                    .id();
            for (var e : MATRIX.entrySet()) {
                if (e.getKey().equals("GET /api/v1/reports")) continue;
                HttpMethod method =
                        HttpMethod.valueOf(e.getKey().substring(0, e.getKey().indexOf(' ')));
                for (String template : e.getValue().urls()) {
                    if (template.contains("{docId}") && target.doc() == null) continue;
                    if (template.contains("{taskId}") && target.task() == null) continue;
                    List<String> urls = new ArrayList<>(List.of(fill(template, target.report(), target)));
                    // the attacker's own report with the foreign unit's record id
                    if (template.contains("{docId}") || template.contains("{taskId}"))
                        urls.add(fill(template, ownReport, target));
                    for (String url : urls) {
                        requests++;
                        MockHttpServletResponse r = mvc.perform(
                                        build(method, url, e.getValue().body(), principal, a.username()))
                                .andReturn()
                                .getResponse();
                        String body = r.getContentAsString(StandardCharsets.UTF_8);
                        String where = a.username() + " " + method + " " + url + " → " + r.getStatus();
                        if (r.getStatus() != 403 && r.getStatus() != 404) failures.add(where + " (expected 403/404)");
                        List<String> secrets = url.contains("parentId=") ? target.parentSecrets() : target.secrets();
                        for (String s : secrets) if (body.contains(s)) failures.add(where + " leaks «" + s + "»");
                        if (method == HttpMethod.GET) continue; // reads are covered by the final comparison below
                        Map<String, String> now = fingerprints();
                        if (!now.equals(before)) {
                            failures.add(where + " changed " + changed(before, now));
                            before = now;
                        }
                    }
                }
            }
        }
        Map<String, String> after = fingerprints();
        if (!after.equals(before)) failures.add("the reads changed " + changed(before, after));
        assertThat(failures).as("over " + requests + " requests").isEmpty();
        assertThat(requests).isGreaterThan(320);
    }

    @Test
    void theListOfReportsFiltersAForeignUnitToNothing() throws Exception {
        for (Attacker a : ATTACKERS) {
            Target t = a.againstLienMac() ? lienMac() : tanKy();
            String body = mvc.perform(request(
                                    HttpMethod.GET,
                                    fill(
                                            MATRIX.get("GET /api/v1/reports")
                                                    .urls()
                                                    .get(0),
                                            t.report(),
                                            t))
                            .with(httpBasic(a.username(), "demo")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(a.username()).isEqualTo("[]");
        }
    }

    /** Control: the same GET requests by the unit's own people succeed, so the refusals above are not accidents of a bad URL. */
    @Test
    void theSameReadsSucceedForTheUnitsOwnPeople() throws Exception {
        UserDetails clerk = users.loadUserByUsername("lienmac-clerk");
        UserDetails office = users.loadUserByUsername("thanhha-noivu");
        boolean hasSnapshot = jdbc.queryForObject(
                        "select count(*) from report_snapshot where report_id = ?", Integer.class, lienMac2022)
                > 0;
        List<String> failures = new ArrayList<>();
        for (var e : MATRIX.entrySet()) {
            if (!e.getKey().startsWith("GET ")) continue;
            for (String template : e.getValue().urls()) {
                if (template.contains("/versions/") && !hasSnapshot) continue;
                boolean consolidation = template.contains("{parent}");
                String username = consolidation ? "thanhha-noivu" : "lienmac-clerk";
                MockHttpServletResponse r = mvc.perform(build(
                                HttpMethod.GET,
                                fill(template, lienMac2023),
                                Body.NONE,
                                consolidation ? office : clerk,
                                username))
                        .andReturn()
                        .getResponse();
                if (r.getStatus() != 200) failures.add(username + " GET " + template + " → " + r.getStatus());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void adminPagesAreRefusedToEveryOtherRole() throws Exception {
        Map<String, String> before = fingerprints();
        long accounts = jdbc.queryForObject("select count(*) from user_account", Long.class);
        long units = jdbc.queryForObject("select count(*) from org_unit", Long.class);
        long periods = jdbc.queryForObject("select count(*) from reporting_period", Long.class);
        long indicators = jdbc.queryForObject("select count(*) from indicator", Long.class);
        for (String username : List.of("lienmac-clerk", "lienmac-chair", "thanhha-noivu", "tuky-noivu")) {
            UserDetails u = users.loadUserByUsername(username);
            for (String key : ADMIN_ONLY) {
                String method = key.substring(0, key.indexOf(' '));
                String url = key.substring(key.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1");
                MockHttpServletRequestBuilder b = request(HttpMethod.valueOf(method), url)
                        .with(user(u))
                        .with(csrf())
                        .param("username", "intruder")
                        .param("fullName", "x")
                        .param("role", "ADMIN")
                        .param("temporaryPassword", "intruder-pass-123")
                        .param("code", "X_INTRUDER")
                        .param("name", "x")
                        .param("label", "x")
                        .param("title", "x");
                MockHttpServletResponse r = mvc.perform(b).andReturn().getResponse();
                assertThat(r.getStatus()).as(username + " " + key).isEqualTo(403);
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class))
                .isEqualTo(accounts);
        assertThat(jdbc.queryForObject("select count(*) from org_unit", Long.class))
                .isEqualTo(units);
        assertThat(jdbc.queryForObject("select count(*) from reporting_period", Long.class))
                .isEqualTo(periods);
        assertThat(jdbc.queryForObject("select count(*) from indicator", Long.class))
                .isEqualTo(indicators);
        assertThat(fingerprints()).isEqualTo(before);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    String fill(String template, long reportId) {
        return fill(template, reportId, lienMac());
    }

    String fill(String template, long reportId, Target t) {
        return template.replace("{id}", String.valueOf(reportId))
                .replace("{old}", String.valueOf(t.old()))
                .replace("{docId}", String.valueOf(t.doc()))
                .replace("{taskId}", String.valueOf(t.task()))
                .replace("{rev}", String.valueOf(oldRevision))
                .replace("{parent}", String.valueOf(t.parent()))
                .replace("{unit}", String.valueOf(t.unit()))
                .replace("{year}", "2023");
    }

    AbstractMockHttpServletRequestBuilder<?> build(
            HttpMethod method, String url, Body body, UserDetails principal, String username) {
        AbstractMockHttpServletRequestBuilder<?> b = body == Body.XLSX_UPLOAD
                ? multipart(url)
                        .file(new MockMultipartFile(
                                "file",
                                "x.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                new byte[] {'P', 'K', 3, 4, 0}))
                : body == Body.PDF_UPLOAD
                        ? multipart(url)
                                .file(new MockMultipartFile(
                                        "file",
                                        "x.pdf",
                                        "application/pdf",
                                        "%PDF-1.4 giả mạo".getBytes(StandardCharsets.UTF_8)))
                        : request(method, url);
        // API calls go through HTTP Basic for the first attacker; the others reuse the authenticated principal, as
        // the refusal does not depend on how the caller signed in and each Basic sign-in costs a bcrypt (~0,2 s)
        if (!url.startsWith("/api/")) b = b.with(user(principal)).with(csrf());
        else b = BASIC.contains(username) ? b.with(httpBasic(username, "demo")) : b.with(user(principal));
        String version = String.valueOf(url.contains("/tasks/") ? taskVersion : docVersion);
        return switch (body) {
            case NONE -> b;
            case DOCUMENT ->
                b.param("issuerKind", "OWN")
                        .param("issuerName", "UBND xã Kẻ Gian")
                        .param("docType", "KH")
                        .param("numberSymbol", "666/KH-UBND")
                        .param("issuedOn", "01/06/2023")
                        .param("summary", "Giả mạo")
                        .param("version", version)
                        .param("attach", "true");
            case COUNTS -> b.param("count_KH", "7");
            case DOSSIER_FORM ->
                b.param("version", "0")
                        .param("action", "save")
                        .param("rows[0].label", "Giả mạo")
                        .param("rows[0].groupKind", "UNIT")
                        .param("rows[0].values[0]", "1")
                        .param("rows[0].values[1]", "1");
            case PROCEDURE_FORM ->
                b.param("levels[0].level", "COMMUNE")
                        .param("levels[0].fields", "1")
                        .param("levels[0].procedures", "1")
                        .param("levels[0].version", "0");
            case HEADER ->
                b.param("numberSymbol", "666/BC-UBND")
                        .param("signerName", "Kẻ Gian")
                        .param("lockVersion", String.valueOf(lockVersion));
            case NARRATIVE ->
                b.param("rows[0].code", "I").param("rows[0].body", "Giả mạo").param("rows[0].version", "0");
            case TASK ->
                b.param("assignedBy", "UBND huyện")
                        .param("content", "Giả mạo")
                        .param("status", "IN_PROGRESS")
                        .param("version", version);
            case VALUES ->
                b.param("rows[0].code", "MEETINGS_CCHC")
                        .param("rows[0].value", "999")
                        .param("rows[0].qualifier", "EXACT")
                        .param("rows[0].version", "0");
            case VERSION -> b.param("version", version);
            case COMMENT -> b.param("comment", "Trả lại giả mạo");
            case EXPLANATION ->
                b.param("rule", "DUPLICATE_NUMBER")
                        .param("message", "Giải trình giả mạo")
                        .param("explanation", "Giải trình giả mạo");
            case OVERWRITE -> b.param("overwrite", "true");
            case XLSX_UPLOAD -> b.param("version", "0");
            case DOSSIER_JSON -> b.contentType(MediaType.APPLICATION_JSON).content("""
                    {"version":0,"rows":[{"label":"Giả mạo","groupKind":"UNIT","receivedTotal":1,"receivedOnline":1,
                    "receivedDirect":0,"receivedCarriedOver":0}]}""");
            case VALUES_JSON -> b.contentType(MediaType.APPLICATION_JSON).content("""
                    {"values":[{"code":"MEETINGS_CCHC","value":"99","qualifier":"EXACT","version":null}]}""");
            case PROCEDURE_JSON -> b.contentType(MediaType.APPLICATION_JSON).content("""
                    {"levels":[{"level":"COMMUNE","fields":1,"procedures":1,"version":0}]}""");
            case SUBMIT_JSON -> b.contentType(MediaType.APPLICATION_JSON).content("{\"confirmWarnings\":true}");
            case RETURN_JSON -> b.contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Trả lại giả mạo\"}");
            case OPEN_JSON ->
                b.contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orgUnitId\":" + attackedUnit + ",\"periodId\":1}");
            case SIGNING_JSON ->
                b.contentType(MediaType.APPLICATION_JSON).content("{\"numberSymbol\":\"666/BC-UBND\"}");
            case PAR_SCORES -> b.param("points_1.1.1", "1").param("explanation_1.1.1", "Giả mạo");
            case PDF_UPLOAD -> b.param("code", "1.1.1");
            case PAR_APPRAISAL ->
                b.param("appraised_1.1.1", "0").param("reason_1.1.1", "Giả mạo").param("appraised_8", "1");
            case PAR_ANSWER -> b.param("answer_3.3.2", "Giả mạo");
            case OFFICIAL_JSON ->
                b.contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Kẻ Gian\",\"position\":\"CHAIRMAN\",\"validFrom\":\"2020-01-01\"}");
        };
    }

    /**
     * A fingerprint of every row that belongs to the targets (all tables with a report_id, the registers, the reports):
     * the row count and the newest writing transaction ({@code xmin}) per table. Any insert, update or delete that
     * commits changes one of the two — far cheaper than hashing the rows after each of ~600 writes.
     */
    Map<String, String> fingerprints() {
        Map<String, String> out = new LinkedHashMap<>();
        if (tables == null) {
            tables = jdbc.queryForList("""
                    select table_name from information_schema.columns
                    where table_schema = current_schema() and column_name = 'report_id' order by table_name""", String.class);
        }
        String reportIds = "select id from report where org_unit_id in (" + unitIds + ")";
        StringBuilder sql = new StringBuilder("select ");
        List<String> keys = new ArrayList<>();
        for (String t : tables) {
            keys.add(t);
            sql.append(WRITES.formatted(t, "report_id in (" + reportIds + ")")).append(", ");
        }
        keys.add("report");
        sql.append(WRITES.formatted("report", "org_unit_id in (" + unitIds + ")"))
                .append(", ");
        keys.add("issued_document");
        sql.append(WRITES.formatted("issued_document", "org_unit_id in (" + unitIds + ")"))
                .append(", ");
        keys.add("audit_entry(unit)");
        sql.append(WRITES.formatted("audit_entry", "org_unit_id in (" + unitIds + ")"))
                .append(", ");
        keys.add("user_account");
        sql.append(WRITES.formatted("user_account", "true")).append(", ");
        keys.add("par_assessment");
        sql.append(WRITES.formatted("par_assessment", "org_unit_id in (" + unitIds + ")"))
                .append(", ");
        keys.add("par_score");
        sql.append(WRITES.formatted(
                        "par_score",
                        "assessment_id in (select id from par_assessment where org_unit_id in (" + unitIds + "))"))
                .append(", ");
        keys.add("par_index");
        sql.append(WRITES.formatted("par_index", "true"));
        jdbc.query(sql.toString(), rs -> {
            for (int i = 0; i < keys.size(); i++) out.put(keys.get(i), rs.getString(i + 1));
        });
        return out;
    }

    private static final String WRITES =
            "(select count(*) || ':' || coalesce(max(xmin::text::bigint), 0) from %s where %s)";

    static String changed(Map<String, String> before, Map<String, String> now) {
        List<String> keys = new ArrayList<>();
        now.forEach((k, v) -> {
            if (!v.equals(before.get(k))) keys.add(k);
        });
        return keys.toString();
    }
}
