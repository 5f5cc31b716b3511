package vn.cchc.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.IntegrationTest;
import vn.cchc.RecordsFixture;
import vn.cchc.RecordsFixture.Fresh;
import vn.cchc.check.ReportChecks;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;

/**
 * The register import against the real database: an e-office export of 2,000 rows (mixed dates, Party documents,
 * one row exported twice) previewed, committed, counted by type in the register and in the report, re-imported
 * without change; a file with broken rows saves nothing and names row and column; CSV, mapping, round trip, API.
 */
@IntegrationTest
class RegisterImportTests {

    static final LocalDate START = LocalDate.of(2022, 12, 10);
    static final LocalDate END = LocalDate.of(2023, 12, 9);

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisterImport imports;

    @Autowired
    RegisterExport export;

    @Autowired
    IssuedDocuments documents;

    @Autowired
    ReportChecks checks;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    JdbcTemplate jdbc;

    Fresh f;
    String unitName;

    @BeforeEach
    void setUp() {
        f = new RecordsFixture(orgUnits, periods, reports, jdbc).commune(START, END);
        unitName = orgUnits.get(f.unitId()).getName();
    }

    String fingerprint() {
        return jdbc.queryForObject(
                "select count(*) || ':' || coalesce(md5(string_agg(d::text, '|' order by d.id)), '') "
                        + "from issued_document d where org_unit_id = ?",
                String.class,
                f.unitId());
    }

    Map<String, Integer> registerByType() {
        Map<String, Integer> out = new TreeMap<>();
        jdbc.query(
                "select doc_type, count(*) from issued_document where org_unit_id = ? group by doc_type",
                rs -> {
                    out.put(rs.getString(1), rs.getInt(2));
                },
                f.unitId());
        return out;
    }

    @Test
    void anEofficeExportOf2000RowsIsPreviewedCommittedCountedAndReimportedWithoutChange() {
        EofficeExport.Made file = EofficeExport.xlsx(unitName, 2000, false, 19);

        ImportPreview preview = imports.preview(f.clerk(), f.unitId(), "so-van-ban-di.xlsx", file.bytes(), Map.of());
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.headerRow()).isEqualTo(4);
        assertThat(preview.newCount()).isEqualTo(file.documents()).isEqualTo(1999);
        assertThat(preview.unchanged()).isZero();
        assertThat(preview.changed()).isZero();
        assertThat(preview.duplicates()).isEqualTo(1);
        assertThat(preview.duplicateNotes().get(0)).contains("Dòng " + file.duplicateRow());
        assertThat(preview.byType()).isEqualTo(file.byType());
        assertThat(fingerprint()).as("a preview saves nothing").startsWith("0:");

        ImportPreview done = imports.commit(f.clerk(), f.unitId(), "so-van-ban-di.xlsx", file.bytes(), Map.of());
        assertThat(done.committed()).isTrue();
        assertThat(done.newCount()).isEqualTo(1999);
        assertThat(registerByType()).isEqualTo(file.byType());
        assertThat(jdbc.queryForObject(
                        "select count(*) from issued_document where org_unit_id = ? and issuer_kind = 'PARTY'",
                        Integer.class,
                        f.unitId()))
                .isEqualTo(file.partyDocuments())
                .isPositive();

        // ordinary register entries: in the report (its window covers 2023), counted by type, checked
        Map<String, Integer> reportByType = documents.forReport(f.reportId()).stream()
                .collect(Collectors.groupingBy(DocumentView::docType, TreeMap::new, Collectors.summingInt(d -> 1)));
        assertThat(reportByType).isEqualTo(file.byType());
        assertThat(checks.run(f.reportId())).noneMatch(x -> x.rule().equals("DUPLICATE_NUMBER"));
        DocumentView party = documents.register(f.clerk(), f.unitId(), "12-CV/ĐU").stream()
                .filter(d -> d.numberSymbol().equals("12-CV/ĐU"))
                .findFirst()
                .orElseThrow();
        assertThat(party.issuerKind()).isEqualTo("PARTY");
        assertThat(party.docType()).isEqualTo("CV");
        assertThat(party.issuerName()).isEqualTo("Đảng ủy " + unitName);

        String before = fingerprint();
        ImportPreview again = imports.commit(f.clerk(), f.unitId(), "so-van-ban-di.xlsx", file.bytes(), Map.of());
        assertThat(again.newCount()).isZero();
        assertThat(again.changed()).isZero();
        assertThat(again.unchanged()).isEqualTo(1999);
        assertThat(fingerprint())
                .as("re-importing the same file changes nothing")
                .isEqualTo(before);
    }

    @Test
    void aFileWithBrokenRowsSavesNothingAndNamesRowAndColumn() {
        EofficeExport.Made file = EofficeExport.xlsx(unitName, 2000, true, 7);
        ImportPreview result = imports.commit(f.clerk(), f.unitId(), "hong.xlsx", file.bytes(), Map.of());
        assertThat(result.committed()).isFalse();
        assertThat(fingerprint()).startsWith("0:");
        assertThat(result.errors())
                .extracting(RowError::row, RowError::column)
                .containsExactlyElementsOf(file.broken().stream()
                        .map(b -> Tuple.tuple(b.row(), b.column()))
                        .toList());
        assertThat(result.errors().get(0).message())
                .isEqualTo("Dòng " + file.broken().get(0).row()
                        + ", cột «Ngày ban hành» (C): «31/02/2023» không phải là ngày "
                        + "hợp lệ (viết dd/MM/yyyy, ví dụ 05/03/2023, hoặc để ô kiểu ngày của Excel).");
        assertThat(result.errors().get(1).message())
                .contains("cột «Số, ký hiệu» (B)")
                .contains("để trống");
        assertThat(result.errors().get(2).message()).contains("«Thư tay»");
        assertThat(result.newCount()).isEqualTo(file.documents());
    }

    @Test
    void aCsvExportWithBomSemicolonsAndQuotesImportsTheSameRegister() {
        EofficeExport.Made file = EofficeExport.csv(unitName, 300, false, 3);
        ImportPreview done = imports.commit(f.clerk(), f.unitId(), "so.csv", file.bytes(), Map.of());
        assertThat(done.errors()).isEmpty();
        assertThat(done.newCount()).isEqualTo(file.documents());
        assertThat(registerByType()).isEqualTo(file.byType());
        assertThat(jdbc.queryForList(
                        "select summary from issued_document where org_unit_id = ? and summary like '%đợt 2%'",
                        String.class, f.unitId()))
                .allMatch(s -> s.endsWith("; \"đợt 2\""));
    }

    @Test
    void withoutATypeColumnTheTypeComesFromTheSymbolAndNumbersStayAsWritten() {
        String csv = """
                Số ký hiệu,Ngày,Trích yếu
                36/KH-UBND,5/3/2023,Kế hoạch CCHC năm 2023
                25/UBND-VP,05/03/2023,"V/v báo cáo, tổng hợp"
                225-CV/ĐU,2023-04-01,Công văn của Đảng ủy
                10/ KH-UBND,14/03/2023,Rà soát TTHC
                28/2016/QĐ-UBND,44927,Quyết định (ngày ở dạng số của Excel)
                """;
        ImportPreview done =
                imports.commit(f.clerk(), f.unitId(), "a.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(done.errors()).isEmpty();
        Map<String, DocumentView> byNumber = documents.register(f.clerk(), f.unitId(), null).stream()
                .collect(Collectors.toMap(DocumentView::numberSymbol, d -> d));
        assertThat(byNumber.get("36/KH-UBND").docType()).isEqualTo("KH");
        assertThat(byNumber.get("36/KH-UBND").issuedOn()).isEqualTo(LocalDate.of(2023, 3, 5));
        assertThat(byNumber.get("25/UBND-VP").docType()).isEqualTo("CV");
        assertThat(byNumber.get("25/UBND-VP").summary()).isEqualTo("V/v báo cáo, tổng hợp");
        assertThat(byNumber.get("225-CV/ĐU").issuerKind()).isEqualTo("PARTY");
        assertThat(byNumber.get("10/ KH-UBND").docType()).isEqualTo("KH");
        assertThat(byNumber.get("28/2016/QĐ-UBND").docType()).isEqualTo("QD");
        assertThat(byNumber.get("28/2016/QĐ-UBND").issuedOn()).isEqualTo(LocalDate.of(2023, 1, 1));
    }

    @Test
    void aChangedDocumentIsShownWithItsFieldsAndUpdated() {
        String first = "Số ký hiệu;Ngày;Trích yếu;Người ký\n09/KH-UBND;01/02/2023;Kế hoạch cũ;Phạm Văn Cảnh\n";
        imports.commit(f.clerk(), f.unitId(), "a.csv", first.getBytes(StandardCharsets.UTF_8), Map.of());
        String second = "Số ký hiệu;Ngày;Trích yếu;Người ký\n9/KH-UBND;1/2/2023;Kế hoạch mới;Phạm Văn Cảnh\n";
        ImportPreview p =
                imports.preview(f.clerk(), f.unitId(), "b.csv", second.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(p.newCount()).isZero();
        assertThat(p.changed()).isEqualTo(1);
        assertThat(p.changes().get(0).fields())
                .extracting(ImportPreview.FieldChange::before, ImportPreview.FieldChange::after)
                .containsExactly(Tuple.tuple("09/KH-UBND", "9/KH-UBND"), Tuple.tuple("Kế hoạch cũ", "Kế hoạch mới"));
        imports.commit(f.clerk(), f.unitId(), "b.csv", second.getBytes(StandardCharsets.UTF_8), Map.of());
        DocumentView d = documents.register(f.clerk(), f.unitId(), null).get(0);
        assertThat(d.numberSymbol()).isEqualTo("9/KH-UBND");
        assertThat(d.summary()).isEqualTo("Kế hoạch mới");
        assertThat(d.version()).isEqualTo(1);
    }

    @Test
    void theColumnMappingIsRememberedForTheUnitsNextImport() {
        String odd = "Ký hiệu VB;Ngày VB đi;Tóm tắt;Ghi chú\n12/TB-UBND;02/03/2023;Thông báo lịch tiếp dân;x\n";
        ImportPreview guessed =
                imports.preview(f.clerk(), f.unitId(), "odd.csv", odd.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(guessed.headers()).containsExactly("Ký hiệu VB", "Ngày VB đi", "Tóm tắt", "Ghi chú");
        assertThat(guessed.errors())
                .extracting(RowError::row, RowError::column)
                .containsExactly(Tuple.tuple(1, "Số, ký hiệu"), Tuple.tuple(1, "Ngày ban hành"));
        Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
        mapping.put(ImportField.NUMBER, 0);
        mapping.put(ImportField.DATE, 1);
        mapping.put(ImportField.SUMMARY, 2);
        ImportPreview mapped =
                imports.commit(f.clerk(), f.unitId(), "odd.csv", odd.getBytes(StandardCharsets.UTF_8), mapping);
        assertThat(mapped.errors()).isEmpty();
        assertThat(mapped.newCount()).isEqualTo(1);
        assertThat(imports.rememberedMapping(f.unitId()))
                .containsEntry(ImportField.NUMBER, "ky hieu vb")
                .containsEntry(ImportField.SUMMARY, "tom tat");
        String next =
                "SỔ VĂN BẢN ĐI\nKý hiệu VB;Ngày VB đi;Tóm tắt;Ghi chú\n13/TB-UBND;03/03/2023;Thông báo thứ hai;y\n";
        ImportPreview auto =
                imports.preview(f.clerk(), f.unitId(), "next.csv", next.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(auto.errors()).isEmpty();
        assertThat(auto.headerRow()).isEqualTo(2);
        assertThat(auto.mapping()).containsEntry(ImportField.SUMMARY, 2).doesNotContainKey(ImportField.TYPE);
        assertThat(auto.newCount()).isEqualTo(1);
    }

    @Test
    void theExportImportsBackUnchangedAndTheTemplateImports() {
        EofficeExport.Made file = EofficeExport.xlsx(unitName, 400, false, 5);
        imports.commit(f.clerk(), f.unitId(), "so.xlsx", file.bytes(), Map.of());
        String before = fingerprint();
        byte[] exported = export.register(f.clerk(), f.unitId());
        ImportPreview back = imports.commit(f.clerk(), f.unitId(), "export.xlsx", exported, Map.of());
        assertThat(back.errors()).isEmpty();
        assertThat(back.unchanged()).isEqualTo(file.documents());
        assertThat(back.newCount() + back.changed()).isZero();
        assertThat(fingerprint()).isEqualTo(before);

        Fresh other = new RecordsFixture(orgUnits, periods, reports, jdbc).commune(START, END);
        ImportPreview template =
                imports.preview(other.clerk(), other.unitId(), "mau.xlsx", export.template(), Map.of());
        assertThat(template.errors()).isEmpty();
        assertThat(template.newCount()).isEqualTo(3);
    }

    @Test
    void theApiPreviewsWithDryRunRefusesBrokenFilesWith422AndCommits() throws Exception {
        EofficeExport.Made file = EofficeExport.xlsx(unitName, 2000, false, 11);
        MockMultipartFile part = new MockMultipartFile(
                "file", "so.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.bytes());
        String url = "/api/v1/org-units/" + f.unitId() + "/documents/import";
        mvc.perform(multipart(url).file(part).param("dryRun", "true").with(user(f.clerk())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.new").value(1999))
                .andExpect(jsonPath("$.unchanged").value(0))
                .andExpect(jsonPath("$.changed").value(0))
                .andExpect(jsonPath("$.errors").isEmpty());
        assertThat(fingerprint()).startsWith("0:");

        EofficeExport.Made bad = EofficeExport.xlsx(unitName, 2000, true, 11);
        mvc.perform(multipart(url)
                        .file(new MockMultipartFile("file", "hong.xlsx", "application/octet-stream", bad.bytes()))
                        .with(user(f.clerk())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].row").value(bad.broken().get(0).row()))
                .andExpect(jsonPath("$.errors[0].column").value("Ngày ban hành"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("Dòng ")))
                .andExpect(jsonPath("$.detail").isString());
        assertThat(fingerprint()).startsWith("0:");

        mvc.perform(multipart(url).file(part).with(user(f.clerk())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.new").value(1999))
                .andExpect(jsonPath("$.committed").value(true));
        mvc.perform(multipart(url).file(part).with(user(f.clerk())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.new").value(0))
                .andExpect(jsonPath("$.unchanged").value(1999));

        // another commune's clerk: not found; an old .xls: 422 naming the fix
        mvc.perform(multipart(url).file(part).with(httpBasic("thanhhong-clerk", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(multipart(url)
                        .file(new MockMultipartFile("file", "old.xls", "application/vnd.ms-excel", new byte[] {
                            (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0, 0
                        }))
                        .with(user(f.clerk())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString(".xlsx")));
        assertThat(List.of(fingerprint())).allMatch(s -> s.startsWith("1999:"));
    }
}
