package vn.cchc.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.data.Offset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.IntegrationTest;
import vn.cchc.account.Accounts;
import vn.cchc.consolidation.internal.XlsxTableWriter;
import vn.cchc.orgunit.NewOrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.Successions;

/** Consolidation on the real database: totals, drafts switch, files read back, access, ZIP, year-on-year, board. */
@IntegrationTest
class ConsolidationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    UserDetailsService users;

    @Autowired
    Successions successions;

    /** A fresh district with 10 communes (statuses by position: 8th none, 9th DRAFT, 7th SIGNED, others ACCEPTED). */
    ConsolidationDataGenerator.Generated fresh(boolean snapshots) {
        String prefix = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return new ConsolidationDataGenerator(jdbc, accounts).generate(prefix, 10, 2024, 2, snapshots);
    }

    JsonNode table(ConsolidationDataGenerator.Generated g, int year, boolean drafts) throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/consolidations")
                        .param("parentId", String.valueOf(g.districtId()))
                        .param("year", String.valueOf(year))
                        .param("includeDrafts", String.valueOf(drafts))
                        .with(httpBasic(g.reviewer(), ConsolidationDataGenerator.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn();
        return JSON.readTree(r.getResponse().getContentAsString());
    }

    static long sum(JsonNode rows, String field, boolean countedOnly) {
        long s = 0;
        for (JsonNode r : rows)
            if (!countedOnly || r.get("counted").asBoolean()) s += r.get(field).asLong(0);
        return s;
    }

    @Test
    void jsonTotalEqualsTheSumOfTheRowsAndTheDraftsSwitchChangesIt() throws Exception {
        var g = fresh(false);
        JsonNode signed = table(g, 2025, false);
        assertThat(signed.get("rows")).hasSize(10);
        assertThat(signed.get("source").asString()).isEqualTo("Số liệu: chỉ báo cáo đã ký");
        for (String f : Figures.NAMES) {
            assertThat(signed.get("total").get(f).asLong()).as(f).isEqualTo(sum(signed.get("rows"), f, false));
        }
        // the draft (9th) and the missing unit (8th) are listed but not counted, their figures null
        JsonNode draft = signed.get("rows").get(8);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("counted").asBoolean()).isFalse();
        assertThat(draft.get("receivedTotal").isNull()).isTrue();
        assertThat(signed.get("rows").get(7).get("status").isNull()).isTrue();
        assertThat(signed.get("rows").get(6).get("status").asString()).isEqualTo("SIGNED");

        JsonNode all = table(g, 2025, true);
        assertThat(all.get("source").asString()).isEqualTo("Số liệu: bao gồm cả báo cáo chưa ký");
        assertThat(all.get("rows").get(8).get("counted").asBoolean()).isTrue();
        long draftReceived = all.get("rows").get(8).get("receivedTotal").asLong();
        assertThat(draftReceived).isPositive();
        assertThat(all.get("total").get("receivedTotal").asLong())
                .isEqualTo(signed.get("total").get("receivedTotal").asLong() + draftReceived)
                .isEqualTo(sum(all.get("rows"), "receivedTotal", false));
        // rates of the total are recomputed from the sums, not averaged
        JsonNode t = all.get("total");
        double online = Math.round(t.get("receivedOnline").asLong()
                        * 10000.0
                        / t.get("receivedTotal").asLong())
                / 100.0;
        double onTime = Math.round((t.get("resolvedEarly").asLong()
                                + t.get("resolvedOnTime").asLong())
                        * 10000.0
                        / t.get("resolvedTotal").asLong())
                / 100.0;
        assertThat(t.get("onlineShare").asDouble()).isEqualTo(online);
        assertThat(t.get("onTimeShare").asDouble()).isEqualTo(onTime);
        // internal consistency of the generated arithmetic: (3) = (7) + (11)
        assertThat(t.get("receivedTotal").asLong())
                .isEqualTo(
                        t.get("resolvedTotal").asLong() + t.get("pendingTotal").asLong());
    }

    @Test
    void anUnknownFigureOfACountedUnitMakesThatColumnsTotalUnknown() throws Exception {
        var g = fresh(false);
        jdbc.update("""
                update dossier_row set received_carried_over = null where report_id =
                  (select id from report where org_unit_id = ? and period_id = ?)""", g.communeIds().get(0), g.periodIds().get(2025));
        JsonNode t = table(g, 2025, false);
        assertThat(t.get("rows").get(0).get("receivedCarriedOver").isNull()).isTrue();
        assertThat(t.get("total").get("receivedCarriedOver").isNull()).isTrue();
        assertThat(t.get("total").get("receivedTotal").asLong()).isEqualTo(sum(t.get("rows"), "receivedTotal", false));
    }

    @Test
    void xlsxReadBackHasNumericCellsFormulaTotalsEqualToTheRowsAndNeutralisedText() throws Exception {
        var g = fresh(false);
        jdbc.update(
                "update org_unit set name = '=HYPERLINK(\"http://x\",\"y\")' where id = ?",
                g.communeIds().get(1));
        JsonNode json = table(g, 2025, false);
        byte[] bytes = mvc.perform(get("/api/v1/consolidations/dossier-statistics.xlsx")
                        .param("parentId", String.valueOf(g.districtId()))
                        .param("year", "2025")
                        .with(httpBasic(g.reviewer(), ConsolidationDataGenerator.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sh = wb.getSheetAt(0);
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(sh.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sh.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) XlsxTableWriter.FIRST_DATA_ROW);
            assertThat(sh.getMergedRegions())
                    .anyMatch(m -> m.getFirstRow() == 4 && m.getFirstColumn() == 2 && m.getLastColumn() == 5);
            assertThat(sh.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Số liệu: chỉ báo cáo đã ký");
            int first = XlsxTableWriter.FIRST_DATA_ROW;
            int totalRow = first + 10;
            assertThat(sh.getRow(totalRow).getCell(1).getStringCellValue()).isEqualTo("TỔNG CỘNG");
            for (int c = 2; c <= 12; c++) {
                double rows = 0;
                for (int r = first; r < totalRow; r++) {
                    Cell cell = sh.getRow(r).getCell(c);
                    if (cell.getCellType() == CellType.NUMERIC) rows += cell.getNumericCellValue();
                    else assertThat(cell.getCellType()).isEqualTo(CellType.BLANK);
                }
                Cell total = sh.getRow(totalRow).getCell(c);
                assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(total.getCellFormula()).startsWith("SUM(");
                assertThat(total.getNumericCellValue())
                        .as("cached value col %d", c)
                        .isEqualTo(rows);
                assertThat(ev.evaluate(total).getNumberValue())
                        .isEqualTo(rows)
                        .isEqualTo(
                                json.get("total").get(Figures.NAMES.get(c - 2)).asDouble());
            }
            double onlineShare = ev.evaluate(sh.getRow(totalRow).getCell(13)).getNumberValue();
            assertThat(Math.round(onlineShare * 10000) / 100.0)
                    .isEqualTo(json.get("total").get("onlineShare").asDouble());
            List<String> names = new ArrayList<>();
            for (int r = first; r < totalRow; r++) {
                Cell name = sh.getRow(r).getCell(1);
                assertThat(name.getCellType()).isEqualTo(CellType.STRING); // a string cell is never evaluated
                names.add(name.getStringCellValue());
                // A text that looks like a formula keeps Excel's quote-prefix flag (text on editing too) and is shown
                // exactly as typed: no visible apostrophe (issue 10, item 8).
                if (name.getStringCellValue().startsWith("="))
                    assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertThat(names).contains("=HYPERLINK(\"http://x\",\"y\")").noneMatch(n -> n.startsWith("'"));
        }
    }

    @Test
    void docxAndPdfCarryTheOfficesLetterheadTheTableAndTheTotal() throws Exception {
        var g = fresh(false);
        JsonNode json = table(g, 2025, true);
        String total = String.format(
                        "%,d", json.get("total").get("receivedTotal").asLong())
                .replace(',', '.');
        byte[] docx = download(g, "docx", true);
        String docText;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            docText = fold(ex.getText());
            assertThat(doc.getDocument()
                            .getBody()
                            .getSectPr()
                            .getPgSz()
                            .getOrient()
                            .toString())
                    .isEqualTo("landscape");
            var figures = doc.getTables().stream()
                    .filter(t -> t.getText().contains("TỔNG CỘNG"))
                    .findFirst()
                    .orElseThrow();
            assertThat(figures.getRows().subList(3, figures.getRows().size()))
                    .as("no commune's row breaks across pages")
                    .allMatch(r -> r.isCantSplitRow());
        }
        byte[] pdf = download(g, "pdf", true);
        String pdfText;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pdfText = fold(new PDFTextStripper().getText(doc));
            assertThat(doc.getPage(0).getMediaBox().getWidth())
                    .isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
        }
        for (String text : List.of(docText, pdfText)) {
            assertThat(text)
                    .contains(
                            "UBND HUYỆN THỬ " + g.prefix(),
                            "PHÒNG NỘI VỤ",
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc",
                            "Thử Nghiệm, ngày",
                            "TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
                            "Số liệu: bao gồm cả báo cáo chưa ký",
                            "xã Thử " + g.prefix() + " số 0010",
                            "TỔNG CỘNG",
                            total,
                            "((8)+(9))/(7)");
        }
        assertThat(fold(pdfText)).doesNotContain("Số liệu: chỉ báo cáo đã ký");
    }

    /**
     * The XLSX, DOCX and PDF carry the year-on-year comparison over the same units with its change column: this year's
     * and last year's totals over the 8 units counted in both years (not the 9 of this year with drafts), read back
     * from each file. The generator gives every unit 40 more online dossiers than last year, nothing else changes.
     */
    @Test
    void theFilesCarryTheYearOnYearOverTheSameUnitsWithTheChange() throws Exception {
        var g = fresh(false);
        JsonNode json = table(g, 2025, false);
        int same = json.get("comparableUnits").asInt();
        assertThat(same).isEqualTo(8);
        long now = json.get("comparableTotal").get("receivedTotal").asLong();
        long before = json.get("previousTotal").get("receivedTotal").asLong();
        assertThat(now - before).isEqualTo(40L * same);
        assertThat(now).isLessThan(json.get("total").get("receivedTotal").asLong() + 1);

        byte[] xlsx = download(g, "xlsx", false);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sh = wb.getSheet(XlsxTableWriter.YOY_SHEET);
            assertThat(sh).isNotNull();
            assertThat(fold(sh.getRow(0).getCell(0).getStringCellValue()))
                    .isEqualTo("SO SÁNH CÙNG KỲ NĂM 2024 (CÙNG 08 ĐƠN VỊ)");
            Row received = sh.getRow(XlsxTableWriter.YOY_FIRST_ROW);
            assertThat(received.getCell(0).getStringCellValue()).isEqualTo("Hồ sơ tiếp nhận (3)");
            assertThat((long) received.getCell(1).getNumericCellValue()).isEqualTo(now);
            assertThat((long) received.getCell(2).getNumericCellValue()).isEqualTo(before);
            assertThat(received.getCell(3).getCellFormula()).isEqualTo("B5-C5");
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(eval.evaluate(received.getCell(3)).getNumberValue()).isEqualTo(40.0 * same);
            assertThat((long) sh.getRow(XlsxTableWriter.YOY_FIRST_ROW + 1)
                            .getCell(3)
                            .getNumericCellValue())
                    .isEqualTo(40L * same);
            Row online = sh.getRow(XlsxTableWriter.YOY_FIRST_ROW + 3); // a rate: fractions, change in points
            double share = json.get("comparableTotal").get("receivedOnline").asLong() * 1.0 / now;
            assertThat(online.getCell(1).getNumericCellValue()).isCloseTo(share, Offset.offset(0.0001));
            assertThat(eval.evaluate(online.getCell(3)).getNumberValue())
                    .isCloseTo(
                            online.getCell(1).getNumericCellValue()
                                    - online.getCell(2).getNumericCellValue(),
                            Offset.offset(1e-9));
        }
        String printedNow = String.format("%,d", now).replace(',', '.');
        String printedBefore = String.format("%,d", before).replace(',', '.');
        String row = "Hồ sơ tiếp nhận (3) " + printedNow + " " + printedBefore + " +" + (40 * same);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(g, "docx", false)))) {
            var yoy = doc.getTables().stream()
                    .filter(t -> t.getText().contains("Tăng/giảm"))
                    .findFirst()
                    .orElseThrow();
            assertThat(yoy.getRow(0).getCell(1).getText()).isEqualTo("Kỳ này (năm 2025)");
            assertThat(yoy.getRow(0).getCell(2).getText()).isEqualTo("Cùng kỳ (năm 2024)");
            var cells =
                    yoy.getRow(1).getTableCells().stream().map(c -> c.getText()).toList();
            assertThat(String.join(" ", cells)).isEqualTo(row);
            assertThat(fold(new XWPFWordExtractor(doc).getText()))
                    .contains("SO SÁNH CÙNG KỲ NĂM 2024 (CÙNG 08 ĐƠN VỊ)");
        }
        try (PDDocument doc = Loader.loadPDF(download(g, "pdf", false))) {
            String text = fold(new PDFTextStripper().getText(doc));
            assertThat(text)
                    .contains(
                            "SO SÁNH CÙNG KỲ NĂM 2024 (CÙNG 08 ĐƠN VỊ)",
                            row,
                            "Hồ sơ tiếp nhận trực tuyến (4)",
                            "Tăng/giảm = kỳ này trừ cùng kỳ");
        }
    }

    byte[] download(ConsolidationDataGenerator.Generated g, String ext, boolean drafts) throws Exception {
        return mvc.perform(get("/api/v1/consolidations/dossier-statistics." + ext)
                        .param("parentId", String.valueOf(g.districtId()))
                        .param("year", "2025")
                        .param("includeDrafts", String.valueOf(drafts))
                        .with(httpBasic(g.reviewer(), ConsolidationDataGenerator.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }

    @Test
    void anOfficeSeesOnlyItsOwnCommunesAndOthersGetForbidden() throws Exception {
        long thanhHa = orgUnits.byCode("THANH_HA").orElseThrow().getId();
        mvc.perform(get("/api/v1/consolidations")
                        .param("parentId", String.valueOf(thanhHa))
                        .param("year", "2023")
                        .with(httpBasic("thanhha-noivu", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(5))
                .andExpect(jsonPath("$.rows[*].orgUnitName", Matchers.hasItem("xã Liên Mạc")))
                .andExpect(jsonPath("$.rows[*].orgUnitName", not(Matchers.hasItem("xã Tân Kỳ"))));
        for (String who : List.of("tuky-noivu", "lienmac-clerk", "lienmac-chair", "haiphong-snv")) {
            for (String path : List.of(
                    "",
                    "/dossier-statistics.xlsx",
                    "/dossier-statistics.pdf",
                    "/dossier-statistics.docx",
                    "/signed-reports.zip",
                    "/board")) {
                mvc.perform(get("/api/v1/consolidations" + path)
                                .param("parentId", String.valueOf(thanhHa))
                                .param("year", "2023")
                                .with(httpBasic(who, "demo")))
                        .andExpect(status().isForbidden())
                        .andExpect(content().string(not(containsString("Liên Mạc"))));
            }
        }
        mvc.perform(get("/consolidation")
                        .param("parentId", String.valueOf(thanhHa))
                        .with(user(users.loadUserByUsername("tuky-noivu"))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Liên Mạc"))));
        mvc.perform(get("/consolidation/table").with(user(users.loadUserByUsername("lienmac-clerk"))))
                .andExpect(status().isForbidden());
        // the administrator may consolidate for any unit; on the pages it first picks the office
        mvc.perform(get("/consolidation").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("huyện Tứ Kỳ")));
        mvc.perform(get("/consolidation")
                        .param("parentId", String.valueOf(thanhHa))
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("xã Liên Mạc")));
        mvc.perform(get("/api/v1/consolidations")
                        .param("parentId", String.valueOf(thanhHa))
                        .param("year", "2023")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(5));
    }

    @Test
    void theZipHoldsOnePdfAndOneDocxPerSignedReportUnderAsciiNames() throws Exception {
        var g = fresh(true);
        long period = g.periodIds().get(2025);
        // a second revision of one report: only the latest goes in
        jdbc.update("""
                insert into report_snapshot (report_id, revision, docx, pdf, docx_sha256, pdf_sha256, content_json,
                                             signer_name, signer_title, signed_by, signed_at)
                select report_id, 2, docx, pdf, 'x', 'y', content_json, signer_name, signer_title, signed_by, now()
                from report_snapshot where report_id =
                  (select min(id) from report where period_id = ? and status = 'ACCEPTED')""", period);
        Integer signed = jdbc.queryForObject(
                "select count(*) from report where period_id = ? and status in ('SIGNED','ACCEPTED')",
                Integer.class,
                period);
        MvcResult r = mvc.perform(get("/api/v1/consolidations/signed-reports.zip")
                        .param("parentId", String.valueOf(g.districtId()))
                        .param("year", "2025")
                        .with(httpBasic(g.reviewer(), ConsolidationDataGenerator.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(
                        header().string("Content-Disposition", containsString("filename=\"bao-cao-da-ky-huyen-thu-")))
                .andExpect(
                        header().string("Content-Disposition", containsString("filename*=UTF-8''B%C3%A1o%20c%C3%A1o")))
                .andReturn();
        List<String> names = new ArrayList<>();
        String list = "";
        try (ZipInputStream zip =
                new ZipInputStream(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                byte[] content = zip.readAllBytes();
                if (e.getName().endsWith(".pdf"))
                    assertThat(new String(content, 0, 5)).isEqualTo("%PDF-");
                if (e.getName().equals("danh-sach.txt")) list = new String(content, StandardCharsets.UTF_8);
            }
        }
        assertThat(signed).isEqualTo(8);
        assertThat(names.stream().filter(n -> n.endsWith(".pdf"))).hasSize(signed);
        assertThat(names.stream().filter(n -> n.endsWith(".docx"))).hasSize(signed);
        assertThat(names).contains("danh-sach.txt", "xa-thu-" + g.prefix().toLowerCase() + "-so-0001.pdf");
        assertThat(names).allMatch(n -> n.matches("[a-z0-9.-]+"));
        assertThat(list)
                .contains("xã Thử " + g.prefix() + " số 0001 (báo cáo số ", "phiên bản 2)", "SHA-256 pppp")
                .doesNotContain("số 0009 (báo cáo"); // the draft is not in the ZIP
    }

    @Test
    void yearOnYearPutsLastYearsDemoFiguresBesideThisYear() throws Exception {
        long thanhHa = orgUnits.byCode("THANH_HA").orElseThrow().getId();
        MvcResult r = mvc.perform(get("/api/v1/consolidations")
                        .param("parentId", String.valueOf(thanhHa))
                        .param("year", "2023")
                        .with(httpBasic("thanhha-noivu", "demo")))
                .andExpect(status().isOk())
                .andReturn();
        JsonNode t = JSON.readTree(r.getResponse().getContentAsString());
        assertThat(t.get("previousPeriodTitle").asString()).isEqualTo("năm 2022");
        // like with like: last year's total over the same units as this year's (counted now, with figures then)
        long previous = 0;
        long current = 0;
        int same = 0;
        for (JsonNode row : t.get("rows")) {
            if (!row.get("counted").asBoolean()
                    || row.get("previous") == null
                    || row.get("previous").isNull()
                    || row.get("previous").get("receivedTotal").isNull()) continue;
            previous += row.get("previous").get("receivedTotal").asLong();
            current += row.get("receivedTotal").asLong();
            same++;
        }
        // only the communes counted this year (none of the demo's 2023 ones while no one has signed), not all 5
        // that reported last year: 2366 + 1578 + 1025 + 1278 + 941 was compared with this year's lone signed commune
        assertThat(t.get("comparableUnits").asInt()).isEqualTo(same);
        if (same == 0) {
            assertThat(t.get("previousTotal").get("receivedTotal").isNull()).isTrue();
        } else {
            assertThat(t.get("previousTotal").get("receivedTotal").asLong()).isEqualTo(previous);
            assertThat(t.get("comparableTotal").get("receivedTotal").asLong()).isEqualTo(current);
        }
        JsonNode lienMac = null;
        for (JsonNode row : t.get("rows")) if (row.get("orgUnitName").asString().equals("xã Liên Mạc")) lienMac = row;
        assertThat(lienMac.get("previous").get("pendingTotal").asLong()).isEqualTo(3);

        var g = fresh(false); // 2024 and 2025 of a fresh district: every unit's 2025 row has its 2024 figures beside it
        JsonNode fresh = table(g, 2025, false);
        assertThat(fresh.get("previousPeriodTitle").asString()).isEqualTo("năm 2024");
        assertThat(fresh.get("rows")
                        .get(0)
                        .get("previous")
                        .get("receivedOnline")
                        .asLong())
                .isEqualTo(fresh.get("rows").get(0).get("receivedOnline").asLong() - 40);
        long freshPrevious = 0;
        int freshSame = 0;
        for (JsonNode row : fresh.get("rows")) {
            if (!row.get("counted").asBoolean() || row.get("previous").isNull()) continue;
            freshPrevious += row.get("previous").get("receivedTotal").asLong();
            freshSame++;
        }
        assertThat(freshSame).isPositive();
        assertThat(fresh.get("comparableUnits").asInt()).isEqualTo(freshSame);
        assertThat(fresh.get("previousTotal").get("receivedTotal").asLong()).isEqualTo(freshPrevious);
    }

    @Test
    void aUnitCreatedByAMergeComparesWithTheSumOfItsPredecessorsLastYear() throws Exception {
        var g = fresh(false);
        long merged = orgUnits.create(new NewOrgUnit(
                        "M" + g.prefix(),
                        null,
                        "xã Hợp Nhất " + g.prefix(),
                        "UBND XÃ HỢP NHẤT",
                        "Hợp Nhất",
                        OrgUnitLevel.COMMUNE,
                        LocalDate.of(2025, 1, 1),
                        null,
                        g.districtId()))
                .getId();
        successions.record(g.communeIds().get(0), merged, LocalDate.of(2025, 1, 1), "MERGE", "thử");
        successions.record(g.communeIds().get(1), merged, LocalDate.of(2025, 1, 1), "MERGE", "thử");
        JsonNode t = table(g, 2025, false);
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode r : t.get("rows")) byName.put(r.get("orgUnitName").asString(), r);
        JsonNode m = byName.get("xã Hợp Nhất " + g.prefix());
        assertThat(m.get("status").isNull()).isTrue();
        long first = byName.get("xã Thử " + g.prefix() + " số 0001")
                .get("previous")
                .get("receivedTotal")
                .asLong();
        long second = byName.get("xã Thử " + g.prefix() + " số 0002")
                .get("previous")
                .get("receivedTotal")
                .asLong();
        assertThat(m.get("previous").get("receivedTotal").asLong()).isEqualTo(first + second);
    }

    @Test
    void theBoardCountsWhoHasReportedAndFiltersAndLinksEachReport() throws Exception {
        var g = fresh(false);
        long period = g.periodIds().get(2025);
        MvcResult r = mvc.perform(get("/api/v1/consolidations/board")
                        .param("parentId", String.valueOf(g.districtId()))
                        .param("periodId", String.valueOf(period))
                        .with(httpBasic(g.reviewer(), ConsolidationDataGenerator.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn();
        JsonNode b = JSON.readTree(r.getResponse().getContentAsString());
        Map<String, Integer> expected = Map.of("units", 10, "reported", 8, "signed", 1, "accepted", 7, "missing", 2);
        expected.forEach(
                (k, v) -> assertThat(b.get("counts").get(k).asInt()).as(k).isEqualTo(v));
        // the deadline 20/12/2025 has passed (system clock, 2026+): the two that have not reported are late; the others
        // were signed two days before the deadline and are on time
        assertThat(b.get("counts").get("late").asInt()).isEqualTo(2);
        for (JsonNode u : b.get("units")) {
            assertThat(u.get("late").asBoolean())
                    .isEqualTo(u.get("status").isNull()
                            || u.get("status").asString().equals("DRAFT"));
        }

        var reviewer = users.loadUserByUsername(g.reviewer());
        String page = mvc.perform(get("/consolidation")
                        .param("periodId", String.valueOf(period))
                        .with(user(reviewer)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .containsPattern("id=\"count-missing\"[^>]*>2<")
                .containsPattern("id=\"count-reported\"[^>]*>8<");
        mvc.perform(get("/consolidation")
                        .param("periodId", String.valueOf(period))
                        .with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tình hình nộp báo cáo")))
                .andExpect(content().string(containsString("xã Thử " + g.prefix() + " số 0008")))
                .andExpect(content().string(not(containsString("chưa kiểm tra")))) // every report was checked
                .andExpect(content().string(containsString("/reports/")));
        String filtered = mvc.perform(get("/consolidation")
                        .param("periodId", String.valueOf(period))
                        .param("status", "MISSING")
                        .with(user(reviewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(filtered)
                .contains("xã Thử " + g.prefix() + " số 0008")
                .doesNotContain("xã Thử " + g.prefix() + " số 0001<")
                .doesNotContain("xã Thử " + g.prefix() + " số 0009<");
        String notSent = mvc.perform(get("/consolidation")
                        .param("periodId", String.valueOf(period))
                        .param("status", "NOT_SENT")
                        .param("sort", "status")
                        .with(user(reviewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(notSent).contains("số 0008<", "số 0009<").doesNotContain("số 0001<");
        assertThat(notSent.indexOf("số 0008<")).isLessThan(notSent.indexOf("số 0009<")); // no report sorts before draft
        mvc.perform(get("/consolidation/table")
                        .param("periodId", String.valueOf(period))
                        .param("includeDrafts", "true")
                        .with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số liệu: bao gồm cả báo cáo chưa ký")))
                .andExpect(content().string(containsString("TỔNG CỘNG")))
                .andExpect(content().string(containsString("data-chart=")))
                .andExpect(content().string(containsString("So sánh cùng kỳ năm trước")));
    }

    @Test
    void theChartLibraryIsServedFromItsWebjar() throws Exception {
        mvc.perform(get("/webjars/echarts/5.3.1/dist/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/consolidation-charts.js")).andExpect(status().isOk());
    }
}
