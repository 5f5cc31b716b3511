package vn.cchc.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.IntegrationTest;
import vn.cchc.check.Finding;
import vn.cchc.document.DocumentInput;
import vn.cchc.document.DocumentView;
import vn.cchc.document.IssuedDocuments;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.parindex.internal.CriteriaTsv;
import vn.cchc.parindex.internal.ParDocuments;
import vn.cchc.parindex.internal.ResultsXlsx;
import vn.cchc.rendering.DocxReportRenderer;
import vn.cchc.rendering.PdfReportRenderer;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.ForbiddenException;
import vn.cchc.shared.ValidationFailedException;
import vn.cchc.spreadsheet.SheetCell;
import vn.cchc.spreadsheet.SheetRow;

/**
 * The whole story on the real database, in one rolled-back transaction per test: Thanh Hà's office imports the
 * fixture index for 2024, the five communes score themselves with evidence, the office lowers a score with its
 * reason, the commune answers once, the office finalises; the ranking has a tie; the files read back.
 */
@IntegrationTest
@Transactional
class ParIndexFlowTests {

    static final int YEAR = 2024;

    @Autowired
    ParIndexes indexes;

    @Autowired
    ParAssessments assessments;

    @Autowired
    ParResults results;

    @Autowired
    IssuedDocuments documents;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    UserDetailsService users;

    @Autowired
    ParDocuments parDocuments;

    @Autowired
    ResultsXlsx resultsXlsx;

    @Autowired
    DocxReportRenderer docx;

    @Autowired
    PdfReportRenderer pdf;

    UnitViewer user(String name) {
        return (UnitViewer) users.loadUserByUsername(name);
    }

    long unit(String code) {
        return orgUnits.byCode(code).orElseThrow().getId();
    }

    ParIndex importFixture() {
        return indexes.importSpreadsheet(
                user("thanhha-noivu"),
                unit("THANH_HA"),
                new ParIndexes.Header(
                        YEAR, "Bộ Chỉ số CCHC cấp xã năm 2024", "QĐ số 3009/QĐ-UBND ngày 01/11/2017", TieRule.SHARED),
                CriteriaFixture.xlsx());
    }

    @Test
    void importsThePublishedStructureAsATree() {
        ParIndex index = importFixture();
        assertThat(index.fields()).hasSize(8);
        assertThat(index.fields().get(0).title()).isEqualTo("Công tác chỉ đạo, điều hành cải cách hành chính");
        assertThat(index.leaves()).hasSize(36);
        assertThat(index.maxPoints()).isEqualByComparingTo("100");
        assertThat(index.surveyMax()).isEqualByComparingTo("40");
        Criterion c = index.criterion("6.1.1").orElseThrow();
        assertThat(c.maxPoints()).isEqualByComparingTo("1.5");
        assertThat(c.options()).extracting(BigDecimal::toPlainString).containsExactly("1.5", "1", "0");
        assertThat(index.criterion("7.2.1").orElseThrow().source()).isEqualTo(FigureSource.ONLINE_RATE);
        // the commune finds it through its office
        assertThat(indexes.forUnit(unit("LIEN_MAC"), YEAR)).map(ParIndex::id).contains(index.id());
        // copied into the next year with the same tree
        ParIndex next = indexes.copyFromPreviousYear(user("thanhha-noivu"), unit("THANH_HA"), YEAR + 1);
        assertThat(next.title()).isEqualTo("Bộ Chỉ số CCHC cấp xã năm 2025");
        assertThat(next.criteria())
                .extracting(Criterion::code)
                .isEqualTo(index.criteria().stream().map(Criterion::code).toList());
    }

    @Test
    void aBrokenSheetIsRefusedWholeWithRowAndColumn() {
        List<SheetRow> rows = new ArrayList<>(CriteriaTsv.sample());
        rows.set(3, row(rows.get(3), 2, "3")); // 1.1.1: 3 points under a criterion of 2 → sums no longer match
        rows.set(5, row(rows.get(5), 3, "Bốc thăm")); // 1.2: an unknown rule
        assertThatThrownBy(() -> indexes.importSpreadsheet(
                        user("thanhha-noivu"),
                        unit("THANH_HA"),
                        new ParIndexes.Header(YEAR, "Thử", null, TieRule.SHARED),
                        CriteriaFixture.xlsx(rows)))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.message())
                                .anyMatch(m -> m.startsWith(
                                        "Dòng 8, cột «Cách chấm» (D): «Bốc thăm» không phải là cách chấm hợp lệ"))
                                .anyMatch(m -> m.contains("mức 1 vượt điểm tối đa 3")
                                        || m.contains("điểm tối đa 2 khác tổng điểm tối đa của các tiêu chí con (4)")));
        assertThat(indexes.owned(unit("THANH_HA"), YEAR)).isEmpty();
        // a commune may not import, nor another office for Thanh Hà
        assertThatThrownBy(() -> indexes.importSpreadsheet(
                        user("lienmac-clerk"),
                        unit("THANH_HA"),
                        new ParIndexes.Header(YEAR, "x", null, TieRule.SHARED),
                        CriteriaFixture.xlsx()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> indexes.importSpreadsheet(
                        user("tuky-noivu"),
                        unit("THANH_HA"),
                        new ParIndexes.Header(YEAR, "x", null, TieRule.SHARED),
                        CriteriaFixture.xlsx()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void selfScoreWithEvidenceAppraisalAnswerAndARankingWithATie() throws Exception {
        ParIndex index = importFixture();
        long lienMac = unit("LIEN_MAC");
        UnitViewer clerk = user("lienmac-clerk");
        UnitViewer office = user("thanhha-noivu");
        DocumentView plan = documents.create(
                clerk,
                lienMac,
                new DocumentInput(
                        "OWN",
                        "UBND xã Liên Mạc",
                        "KH",
                        "41/KH-UBND",
                        LocalDate.of(YEAR, 1, 5),
                        "Kế hoạch cải cách hành chính năm 2024",
                        false,
                        List.of()),
                null);
        DocumentView old = documents
                .byIds(List.of(
                        documents.register(clerk, lienMac, "36/KH-UBND").get(0).id()))
                .get(0);

        // above the maximum and not one of the levels: refused, nothing saved
        assertThatThrownBy(() -> assessments.saveSelf(
                        clerk,
                        lienMac,
                        YEAR,
                        null,
                        List.of(
                                new SelfScoreInput("1.1.1", "3", null, List.of(plan.id())),
                                new SelfScoreInput("1.3.2", "0,7", null, List.of()))))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.message())
                                .containsExactly(
                                        "Tiêu chí 1.1.1, điểm tự chấm: 3 vượt điểm tối đa 1.",
                                        "Tiêu chí 1.3.2, điểm tự chấm: 0,7 không phải là một mức điểm của tiêu chí (1; 0,5; 0)."));
        assertThat(assessments.view(clerk, lienMac, YEAR).assessmentId()).isNull();

        // full points everywhere with an explanation, the plan of the year on 1.1.1, last year's plan on 1.3.1
        List<SelfScoreInput> all = full(index, "Có hồ sơ lưu tại văn phòng.");
        all.set(0, new SelfScoreInput("1.1.1", "1", null, List.of(plan.id())));
        all.set(3, new SelfScoreInput("1.3.1", "1", "", List.of(old.id())));
        all.set(4, new SelfScoreInput("1.3.2", "1", "", List.of())); // neither evidence nor explanation
        AssessmentView a = assessments.saveSelf(clerk, lienMac, YEAR, null, all);
        assertThat(a.selfTotal()).isEqualByComparingTo("60");
        assertThat(a.score("1.1.1").evidence())
                .extracting(EvidenceView::label)
                .containsExactly("Kế hoạch số 41/KH-UBND ngày 05/01/2024");
        List<Finding> findings = assessments.checks(a);
        assertThat(findings)
                .extracting(Finding::rule)
                .containsExactlyInAnyOrder("PAR_EVIDENCE_OUTSIDE_YEAR", "PAR_NO_EVIDENCE");
        assertThat(findings)
                .extracting(Finding::message)
                .contains("Tiêu chí 1.3.2: tự chấm 1 điểm nhưng không có tài liệu kiểm chứng và không có giải trình.");
        assertThatThrownBy(() -> assessments.submit(clerk, lienMac, YEAR))
                .isInstanceOf(ValidationFailedException.class);
        a = assessments.saveSelf(
                clerk,
                lienMac,
                YEAR,
                a.version(),
                List.of(new SelfScoreInput("1.3.2", "1", "Biên bản họp ngày 20/12/2024.", List.of())));
        // a stale form is refused
        long stale = a.version() - 1;
        assertThatThrownBy(() -> assessments.saveSelf(clerk, lienMac, YEAR, stale, List.of()))
                .isInstanceOf(ConflictException.class);
        // an uploaded PDF is evidence too; a picture named .pdf is not
        byte[] minutes = "%PDF-1.4\n% biên bản\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        a = assessments.uploadEvidence(clerk, lienMac, YEAR, "1.4.1", "bien-ban.pdf", minutes);
        assertThat(a.score("1.4.1").evidence())
                .extracting(EvidenceView::fileName)
                .containsExactly("bien-ban.pdf");
        assertThatThrownBy(() -> assessments.uploadEvidence(clerk, lienMac, YEAR, "1.4.1", "anh.pdf", new byte[] {
                    (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0
                }))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.violations().get(0).message())
                                .isEqualTo("Tệp: chỉ nhận tệp PDF (nội dung tệp không phải PDF)."));
        assertThatThrownBy(() -> assessments.uploadEvidence(
                        clerk, lienMac, YEAR, "1.4.1", "to.pdf", new byte[ParAssessments.MAX_PDF_BYTES + 1]))
                .isInstanceOf(ValidationFailedException.class);
        assessments.submit(clerk, lienMac, YEAR);
        assertThatThrownBy(() -> assessments.saveSelf(clerk, lienMac, YEAR, null, all))
                .isInstanceOf(ConflictException.class);

        // the office lowers 3.3.2 — only with a reason; a commune clerk may not appraise
        assertThatThrownBy(() ->
                        assessments.appraise(office, lienMac, YEAR, List.of(new AppraisalInput("3.3.2", "0", " "))))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.violations().get(0).message())
                                .isEqualTo(
                                        "Tiêu chí 3.3.2, lý do: điểm thẩm định khác điểm tự chấm thì phải ghi lý do."));
        assertThatThrownBy(() -> assessments.appraise(clerk, lienMac, YEAR, List.of()))
                .isInstanceOf(ForbiddenException.class);
        assessments.appraise(
                office,
                lienMac,
                YEAR,
                List.of(
                        new AppraisalInput("3.3.2", "0", "Không có văn bản xin lỗi khi trễ hạn."),
                        new AppraisalInput("8", "39,95", null)));
        a = assessments.view(clerk, lienMac, YEAR);
        assertThat(a.status()).isEqualTo(AssessmentStatus.APPRAISED);
        assertThat(a.score("3.3.2").appraisalReason()).isEqualTo("Không có văn bản xin lỗi khi trễ hạn.");
        assertThat(a.appraisedTotal()).isEqualByComparingTo("97.95");

        // the commune answers once
        assessments.answer(clerk, lienMac, YEAR, Map.of("3.3.2", "Đã xin lỗi trực tiếp công dân."));
        assertThatThrownBy(() -> assessments.answer(clerk, lienMac, YEAR, Map.of("3.3.2", "Lần hai")))
                .isInstanceOf(ConflictException.class);
        assessments.finalise(office, lienMac, YEAR);

        // four more communes: Thanh Hồng and Thanh Xá tie at 98
        finalised(index, "THANH_HONG", "38,5", "1.3.2", "0,5");
        finalised(index, "THANH_XA", "39", "7.3", "1");
        finalised(index, "CAM_CHE", "37,25", null, null);
        finalised(index, "THANH_KHE", "36", "5.4", "1,5");
        Results r = results.results(office, null, YEAR);
        assertThat(r.rows())
                .extracting(
                        ResultRow::orgUnitName,
                        ResultRow::rank,
                        x -> x.appraisedScore().stripTrailingZeros().toPlainString(),
                        ResultRow::band)
                .containsExactly(
                        Tuple.tuple("xã Thanh Hồng", 1, "98", "Xuất sắc"),
                        Tuple.tuple("xã Thanh Xá", 1, "98", "Xuất sắc"),
                        Tuple.tuple("xã Liên Mạc", 3, "97.95", "Xuất sắc"),
                        Tuple.tuple("xã Cẩm Chế", 4, "97.25", "Xuất sắc"),
                        Tuple.tuple("xã Thanh Khê", 5, "95.5", "Xuất sắc"));
        assertThat(r.rows().get(2).fieldPoints().get("3")).isEqualByComparingTo("12");
        assertThat(r.rows().get(2).previousScore()).isEqualByComparingTo("97.95"); // the demo's 2023 result

        // files, read back
        Path dir = Files.createDirectories(Path.of("target", "parindex"));
        byte[] xlsx = resultsXlsx.write(r);
        Files.write(dir.resolve("ket-qua-2024.xlsx"), xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sh = wb.getSheetAt(0);
            assertThat(sh.getRow(4).getCell(1).getStringCellValue()).isEqualTo("xã Thanh Hồng");
            assertThat(sh.getRow(5).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sh.getRow(6).getCell(0).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sh.getRow(6).getCell(11).getNumericCellValue()).isEqualTo(97.95);
        }
        byte[] resultsPdf = pdf.render(parDocuments.results(r));
        Files.write(dir.resolve("ket-qua-2024.pdf"), resultsPdf);
        String resultsText = text(resultsPdf);
        assertThat(resultsText).contains("UBND HUYỆN THANH HÀ", "xã Thanh Xá", "97,95", "đồng hạng");
        AssessmentView lm = assessments.view(clerk, lienMac, YEAR);
        byte[] selfDocx = docx.render(parDocuments.selfAssessment(lm));
        Files.write(dir.resolve("tu-cham-lien-mac-2024.docx"), selfDocx);
        try (XWPFWordExtractor ex = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(selfDocx)))) {
            assertThat(ex.getText())
                    .contains(
                            "UBND XÃ LIÊN MẠC",
                            "Kế hoạch số 41/KH-UBND ngày 05/01/2024",
                            "Tổng điểm tự đánh giá: 60/60 điểm",
                            "giải trình: Biên bản họp ngày 20/12/2024.");
        }
        byte[] selfPdf = pdf.render(parDocuments.selfAssessment(lm));
        Files.write(dir.resolve("tu-cham-lien-mac-2024.pdf"), selfPdf);
        assertThat(text(selfPdf))
                .contains(
                        "Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024",
                        "UBND xã Liên Mạc tự đánh giá",
                        "41/KH-UBND");
    }

    @Test
    void figuresTheAppKnowsPreFillWithTheirSource() {
        ParIndex index = indexes.importRows(
                unit("THANH_HA"), new ParIndexes.Header(2023, "Thử 2023", null, TieRule.SHARED), CriteriaTsv.sample());
        AssessmentView a = assessments.view(user("lienmac-clerk"), unit("LIEN_MAC"), 2023);
        assertThat(a.index().id()).isEqualTo(index.id()); // the office's own index comes before the province's
        Suggestion online = a.score("7.2.1").suggestion();
        assertThat(online.points()).isEqualByComparingTo("3.96");
        assertThat(online.source()).contains("2.551/2.579", "98,91 %");
        assertThat(a.score("1.2").suggestion()).isNotNull();
        assertThat(a.score("1.1.1").suggestion()).isNull();
    }

    private void finalised(ParIndex index, String code, String survey, String lowered, String points) {
        long unit = unit(code);
        UnitViewer commune = new UnitViewer() {
            public Long unitId() {
                return unit;
            }

            public boolean seesSubordinates() {
                return false;
            }

            public boolean seesAll() {
                return false;
            }
        };
        assessments.saveSelf(commune, unit, YEAR, null, full(index, "Hồ sơ lưu."));
        assessments.submit(commune, unit, YEAR);
        List<AppraisalInput> in = new ArrayList<>(List.of(new AppraisalInput("8", survey, null)));
        if (lowered != null) in.add(new AppraisalInput(lowered, points, "Chưa đủ tài liệu."));
        assessments.appraise(user("thanhha-noivu"), unit, YEAR, in);
        assessments.finalise(user("thanhha-noivu"), unit, YEAR);
    }

    private static List<SelfScoreInput> full(ParIndex index, String explanation) {
        List<SelfScoreInput> out = new ArrayList<>();
        for (Criterion c : index.leaves()) {
            if (!c.survey())
                out.add(new SelfScoreInput(
                        c.code(), c.maxPoints().toPlainString().replace('.', ','), explanation, List.of()));
        }
        return out;
    }

    private static SheetRow row(SheetRow r, int col, String value) {
        List<SheetCell> cells = new ArrayList<>(r.cells());
        cells.set(col, new SheetCell(value, null));
        return new SheetRow(r.number(), cells);
    }

    private static String text(byte[] pdfBytes) throws Exception {
        try (var doc = Loader.loadPDF(pdfBytes)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
        }
    }
}
