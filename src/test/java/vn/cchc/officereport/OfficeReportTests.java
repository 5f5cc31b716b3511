package vn.cchc.officereport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.cchc.IntegrationTest;
import vn.cchc.account.Accounts;
import vn.cchc.account.NewAccount;
import vn.cchc.account.Role;
import vn.cchc.composition.ReportFiles;
import vn.cchc.consolidation.ConsolidationDataGenerator;
import vn.cchc.orgunit.OfficialPosition;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitOfficials;
import vn.cchc.period.Periods;
import vn.cchc.rendering.support.RenderedText;
import vn.cchc.report.Reports;
import vn.cchc.shared.ValidationFailedException;

/**
 * The office's report compiled from its units, read back from the rendered DOCX and PDF: sums and recomputed rates
 * over exactly the counted (signed) units, the percent from summed parts and not the average of percents,
 * year-on-year over the same units, missing units listed, and the units' texts only for the office itself.
 */
@IntegrationTest
class OfficeReportTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    OfficeReports officeReports;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    ReportFiles files;

    @Autowired
    MockMvc mvc;

    @Autowired
    UnitOfficials officials;

    private static final ObjectMapper JSON = new ObjectMapper();

    private OfficeFixture.Office office() {
        String prefix = "O" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        OfficeFixture.Office o = new OfficeFixture(jdbc, accounts).create(prefix, 9);
        // commune 2 was a draft last year: it is counted this year, so it must not enter the comparison
        jdbc.update("""
                update report set status = 'DRAFT', signed_at = null, accepted_at = null where period_id = ? and org_unit_id =
                (select id from org_unit where code = ?)""", o.previousPeriod(), prefix + "_C00002");
        return o;
    }

    @Test
    void compiledFiguresAreSumsAndRecomputedRatesOverTheSignedUnitsOnly() {
        OfficeFixture.Office o = office();
        Compilation c = officeReports.compile(orgUnits.get(o.g().districtId()), periods.get(o.period()), false);

        // communes 1–7 are signed or accepted; 8 has no report, 9 is a draft
        assertThat(c.counted()).hasSize(7);
        assertThat(c.missing()).extracting(u -> u.orgUnitName()).containsExactly(o.commune(8), o.commune(9));
        CompiledFigure meetings = c.figure(o.code("MEET"));
        assertThat(meetings.value()).isEqualByComparingTo("105"); // Σ (11 + n), n = 1..7
        assertThat(meetings.printed()).isEqualTo("trên 105"); // commune 3 said «trên»
        assertThat(c.figure(o.code("MONEY")).value()).isEqualByComparingTo("28000000");
        CompiledFigure rate = c.figure(o.code("RATE"));
        assertThat(rate.method()).isEqualTo(CompiledFigure.Method.RATE);
        assertThat(rate.numerator()).isEqualByComparingTo("541"); // 1 + 6 × 90
        assertThat(rate.denominator()).isEqualByComparingTo("610"); // 10 + 6 × 100
        assertThat(rate.value()).isEqualByComparingTo("88.69"); // not the average of percents, 81,43
        CompiledFigure score = c.figure(o.code("SCORE"));
        assertThat(score.min()).isEqualByComparingTo("41");
        assertThat(score.median()).isEqualByComparingTo("44");
        assertThat(score.max()).isEqualByComparingTo("47");
        assertThat(c.figure(o.code("NOTE")).printed())
                .contains(o.commune(1) + ": Ghi chú số 1", o.commune(7) + ": Ghi chú số 7")
                .doesNotContain("Ghi chú số 9");

        // with drafts: commune 9 joins
        Compilation drafts = officeReports.compile(orgUnits.get(o.g().districtId()), periods.get(o.period()), true);
        assertThat(drafts.figure(o.code("MEET")).value()).isEqualByComparingTo(BigDecimal.valueOf(105 + 20));
    }

    @Test
    void yearOnYearComparesTheSameUnits() {
        OfficeFixture.Office o = office();
        Compilation c = officeReports.compile(orgUnits.get(o.g().districtId()), periods.get(o.period()), false);
        YearOnYear meetings = c.yearOnYear().stream()
                .filter(y -> y.code().equals(o.code("MEET")))
                .findFirst()
                .orElseThrow();
        // communes 1, 3–7 are counted in both years (2 was a draft last year): 6 units
        assertThat(meetings.units()).isEqualTo(6);
        assertThat(meetings.thisYear()).isEqualByComparingTo("92"); // Σ (11 + n) over 1, 3..7
        assertThat(meetings.lastYear()).isEqualByComparingTo("86"); // Σ (10 + n) over the same
        assertThat(meetings.change()).isEqualByComparingTo("6");
    }

    @Test
    void theRenderedDocxAndPdfSayTheCompiledFigures() throws IOException {
        OfficeFixture.Office o = office();
        long reportId = reports.createEmpty(o.g().districtId(), o.period()).getId();
        jdbc.update(
                "insert into narrative_section (report_id, section_code, body) values (?, 'I', ?)",
                reportId,
                "Toàn huyện tổ chức {{sum:" + o.code("MEET") + "}} cuộc họp; tỷ lệ {{sum:" + o.code("RATE") + "}}.");
        byte[] pdf = files.pdf(reportId);
        Files.createDirectories(Path.of("target/rendered"));
        Files.write(Path.of("target/rendered/office-report.pdf"), pdf); // to look at
        for (String text : new String[] {
            RenderedText.fold(RenderedText.docx(files.docx(reportId))), RenderedText.fold(RenderedText.pdf(pdf))
        }) {
            assertThat(text)
                    .contains("Toàn huyện tổ chức trên 105 cuộc họp; tỷ lệ 88,69 %.")
                    .contains("SỐ LIỆU TỔNG HỢP TỪ CÁC ĐƠN VỊ")
                    .contains("báo cáo đã ký của các đơn vị (không tính bản dự thảo): 07/09 xã")
                    .contains("còn 02 xã chưa gửi báo cáo: " + o.commune(8) + ", " + o.commune(9) + ".")
                    .contains("Chỉ tiêu thử MONEY: 28.000.000 (tổng của 07/07 đơn vị).")
                    .contains("Chỉ tiêu thử RATE: 88,69 % (tính lại từ tổng các thành phần của 07 đơn vị: 541/610).")
                    .contains("thấp nhất 41/60 điểm, trung vị 44/60 điểm, cao nhất 47/60 điểm")
                    .contains("Chỉ tiêu thử MEET: trên 92, cùng kỳ trên 86, tăng 6 (6,98 %) (cùng 06 xã).")
                    .contains("Tổng cộng")
                    .doesNotContain("81,43");
        }
    }

    /**
     * The consolidated Biểu 06 is an appendix on a page of its own after the signature, in both files: a row per
     * counted unit (the 7 signed ones) and the total, whose figures are the rows' sums read back from the DOCX table;
     * the body cites only the totals. Every figure of the total row is whole on one line in the PDF.
     */
    @Test
    void theConsolidatedBieu06IsAnAppendixOnItsOwnPage() throws IOException {
        OfficeFixture.Office o = office();
        long reportId = reports.createEmpty(o.g().districtId(), o.period()).getId();
        byte[] docx = files.docx(reportId);
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var paragraphs = doc.getParagraphs();
            var label = paragraphs.stream()
                    .filter(p -> p.getText().equals("Phụ lục"))
                    .toList();
            assertThat(label).hasSize(1);
            assertThat(label.get(0).isPageBreak()).isTrue();
            int at = paragraphs.indexOf(label.get(0));
            assertThat(paragraphs.get(at + 1).getText())
                    .isEqualTo("TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2025");
            assertThat(paragraphs.get(at + 2).getText()).startsWith("(Kèm theo Báo cáo số ");
            var tables = doc.getTables();
            var bieu06 = tables.get(tables.size() - 1); // the appendix's, after the letterhead and signature tables
            var rows = bieu06.getRows();
            var total = rows.get(rows.size() - 1);
            assertThat(total.getCell(1).getText()).isEqualTo("Tổng cộng");
            var data = rows.subList(rows.size() - 8, rows.size() - 1);
            assertThat(data)
                    .extracting(r -> r.getCell(1).getText())
                    .containsExactly(
                            o.commune(1),
                            o.commune(2),
                            o.commune(3),
                            o.commune(4),
                            o.commune(5),
                            o.commune(6),
                            o.commune(7));
            for (int col = 2; col < 13; col++) {
                long sum = 0;
                for (var r : data)
                    sum += Long.parseLong(r.getCell(col).getText().replace(".", ""));
                assertThat(Long.parseLong(total.getCell(col).getText().replace(".", "")))
                        .as("column " + (col + 1))
                        .isEqualTo(sum);
            }
            // the body: the sentence with the totals, no table of units before the signature
            String body = RenderedText.fold(RenderedText.docx(docx));
            String received = total.getCell(2).getText();
            assertThat(body)
                    .contains(
                            "Tổng số hồ sơ tiếp nhận của 07 xã: " + received + " (trực tuyến "
                                    + total.getCell(3).getText() + ")",
                            "Chi tiết từng đơn vị tại Phụ lục kèm theo báo cáo này");
            assertThat(body.indexOf(o.commune(1) + " "))
                    .as("no unit row before the appendix")
                    .isGreaterThan(body.indexOf("TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2025"));

            byte[] pdf = files.pdf(reportId);
            Files.createDirectories(Path.of("target/rendered"));
            Files.write(Path.of("target/rendered/office-report-appendix.pdf"), pdf); // to look at
            try (var p = Loader.loadPDF(pdf)) {
                var stripper = new PDFTextStripper();
                int signaturePage = -1, appendixPage = -1;
                for (int page = 1; page <= p.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String text = RenderedText.fold(stripper.getText(p));
                    if (text.contains("Nơi nhận:")) signaturePage = page;
                    if (text.contains("TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2025")) {
                        appendixPage = page;
                        assertThat(text)
                                .as("the appendix starts its page")
                                .doesNotContain("Nơi nhận:")
                                .contains("Phụ lục TỔNG HỢP KẾT QUẢ", "Biểu 06/VPCP/KSTT tổng hợp của 07 xã");
                        StringBuilder totalRow = new StringBuilder("Tổng cộng");
                        for (int col = 2; col < 13; col++)
                            totalRow.append(' ').append(total.getCell(col).getText());
                        assertThat(text)
                                .as("every figure of the total whole, in order")
                                .contains(totalRow.toString());
                    }
                }
                assertThat(signaturePage).isPositive();
                assertThat(appendixPage).isGreaterThan(signaturePage);
            }
        }
    }

    /**
     * The signer block per office: a division (Phòng Nội vụ) is signed by its head or a deputy «KT. TRƯỞNG PHÒNG /
     * PHÓ TRƯỞNG PHÒNG», a department (Sở Nội vụ) by «GIÁM ĐỐC» without an authority line; a chairman is no signer
     * of a division (422 naming the field). Read back from the signed PDF and the rendered DOCX.
     */
    @Test
    void theOfficesKindAndOfficialsWordTheSignatureBlock() throws Exception {
        OfficeFixture.Office o = office();
        String pw = ConsolidationDataGenerator.PASSWORD;
        long district = o.g().districtId();
        jdbc.update("update org_unit set office_kind = 'DIVISION' where id = ?", district);
        jdbc.update("update org_unit set office_kind = 'DEPARTMENT' where id = ?", o.g().provinceId());
        var since = LocalDate.of(2000, 1, 1);
        officials.add(district, "Lê Thị Trưởng", OfficialPosition.HEAD, since, null);
        var deputy = officials.add(district, "Phạm Văn Phó", OfficialPosition.DEPUTY_HEAD, since, null);
        Assertions.assertThatThrownBy(
                        () -> officials.add(district, "Chủ tịch thử", OfficialPosition.CHAIRMAN, since, null))
                .isInstanceOf(ValidationFailedException.class)
                .hasMessageContaining("Chức vụ")
                .hasMessageContaining("TRƯỞNG PHÒNG");
        String chair = o.p().toLowerCase() + "-head";
        accounts.create(new NewAccount(chair, pw, "Trưởng phòng thử", Role.CHAIRMAN, district, false));

        long id = JSON.readTree(mvc.perform(post("/api/v1/reports")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"orgUnitId\": " + district + ", \"periodId\": " + o.period() + "}")
                                .with(httpBasic(o.g().reviewer(), pw)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
        // the draft already names the head by default
        assertThat(RenderedText.fold(RenderedText.pdf(files.pdf(id))))
                .contains("TRƯỞNG PHÒNG")
                .doesNotContain("TM. ỦY BAN NHÂN DÂN");
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/reports/" + id + "/signing-details")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"signerOfficialId\": " + deputy.getId() + "}")
                        .with(httpBasic(o.g().reviewer(), pw)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/reports/" + id + "/submit")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirmWarnings\": true}")
                        .with(httpBasic(o.g().reviewer(), pw)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/reports/" + id + "/sign")
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(httpBasic(chair, pw)))
                .andExpect(status().isOk());
        byte[] signed = mvc.perform(get("/api/v1/reports/" + id + "/versions/1/document.pdf")
                        .with(httpBasic(o.g().reviewer(), pw)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String pdf = RenderedText.fold(RenderedText.pdf(signed));
        assertThat(pdf)
                .contains("KT. TRƯỞNG PHÒNG PHÓ TRƯỞNG PHÒNG")
                .contains("Phạm Văn Phó")
                .doesNotContain("TM. ỦY BAN NHÂN DÂN")
                .doesNotContain("CHỦ TỊCH");
        assertThat(RenderedText.fold(RenderedText.docx(files.docx(id))))
                .contains("KT. TRƯỞNG PHÒNG PHÓ TRƯỞNG PHÒNG Phạm Văn Phó");

        // the department's own report: «GIÁM ĐỐC», its head by default, no authority line
        officials.add(o.g().provinceId(), "Võ Văn Giám", OfficialPosition.HEAD, since, null);
        long provinceReport =
                reports.createEmpty(o.g().provinceId(), o.period()).getId();
        String province = RenderedText.fold(RenderedText.docx(files.docx(provinceReport)));
        assertThat(province)
                .contains("GIÁM ĐỐC")
                .doesNotContain("TM. ỦY BAN NHÂN DÂN")
                .doesNotContain("KT. GIÁM ĐỐC");
    }

    @Test
    void anOfficeSeesOnlyItsOwnUnitsTexts() throws Exception {
        OfficeFixture.Office o = office();
        long reportId = reports.createEmpty(o.g().districtId(), o.period()).getId();
        jdbc.update("""
                insert into narrative_section (report_id, section_code, body)
                select r.id, 'I', 'Văn bản mục I của ' || u.name from report r join org_unit u on u.id = r.org_unit_id
                where r.period_id = ? and u.code like ? || '\\_C%'""", o.period(), o.p());
        JsonNode texts = JSON.readTree(mvc.perform(get("/api/v1/reports/" + reportId + "/unit-texts")
                        .param("section", "I")
                        .with(httpBasic(o.g().reviewer(), ConsolidationDataGenerator.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(texts).hasSize(8); // every commune with a report (8 has none), drafts included: they are only read
        for (JsonNode t : texts) {
            assertThat(t.get("orgUnitName").asString()).startsWith("xã Thử " + o.p() + " số ");
            assertThat(t.get("quote").asString())
                    .isEqualTo("UBND " + t.get("orgUnitName").asString() + ": Văn bản mục I của "
                            + t.get("orgUnitName").asString());
        }
        // another office, a commune of this office, a bad section
        mvc.perform(get("/api/v1/reports/" + reportId + "/unit-texts")
                        .param("section", "I")
                        .with(httpBasic("thanhha-noivu", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports/" + reportId + "/unit-texts")
                        .param("section", "X.9")
                        .with(httpBasic(o.g().reviewer(), ConsolidationDataGenerator.PASSWORD)))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void theCompilationApiIsTheOfficesOnly() throws Exception {
        OfficeFixture.Office o = office();
        JsonNode c = JSON.readTree(mvc.perform(get("/api/v1/office-reports/compilation")
                        .param("periodId", String.valueOf(o.period()))
                        .with(httpBasic(o.g().reviewer(), ConsolidationDataGenerator.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(c.get("countedUnits")).hasSize(7);
        assertThat(c.get("missingUnits")).hasSize(2);
        mvc.perform(get("/api/v1/office-reports/compilation")
                        .param("parentId", String.valueOf(o.g().districtId()))
                        .with(httpBasic("thanhha-noivu", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/office-reports/compilation").with(httpBasic("lienmac-clerk", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOfficeDraftsItsHeadSignsAndTheProvinceCountsItOnItsBoard() throws Exception {
        OfficeFixture.Office o = office();
        String pw = ConsolidationDataGenerator.PASSWORD;
        String chair = o.p().toLowerCase() + "-chair";
        String province = o.p().toLowerCase() + "-snv";
        accounts.create(new NewAccount(chair, pw, "Chủ tịch huyện thử", Role.CHAIRMAN, o.g().districtId(), false));
        accounts.create(new NewAccount(province, pw, "Sở Nội vụ thử", Role.REVIEWER, o.g().provinceId(), false));
        officials.add(o.g().districtId(), "Nguyễn Văn Thử", OfficialPosition.CHAIRMAN, LocalDate.of(2000, 1, 1), null);

        JsonNode opened = JSON.readTree(mvc.perform(post("/api/v1/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orgUnitId\": " + o.g().districtId() + ", \"periodId\": " + o.period() + "}")
                        .with(httpBasic(o.g().reviewer(), pw)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        long id = opened.get("id").asLong();
        mvc.perform(post("/api/v1/reports/" + id + "/submit")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirmWarnings\": true}")
                        .with(httpBasic(o.g().reviewer(), pw)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/reports/" + id + "/sign")
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(httpBasic(chair, pw)))
                .andExpect(status().isOk());

        byte[] signedPdf = mvc.perform(get("/api/v1/reports/" + id + "/versions/1/document.pdf")
                        .with(httpBasic(province, pw)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(RenderedText.fold(RenderedText.pdf(signedPdf)))
                .contains("Nguyễn Văn Thử", "SỐ LIỆU TỔNG HỢP TỪ CÁC ĐƠN VỊ", "Chỉ tiêu thử RATE: 88,69 %");
        JsonNode board = JSON.readTree(mvc.perform(get("/api/v1/consolidations/board")
                        .param("periodId", String.valueOf(o.period()))
                        .with(httpBasic(province, pw)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(board.get("counts").get("signed").asInt()).isEqualTo(1);
        assertThat(board.get("units").get(0).get("orgUnitId").asLong()).isEqualTo(o.g().districtId());
        assertThat(board.get("units").get(0).get("status").asString()).isEqualTo("SIGNED");
    }
}
