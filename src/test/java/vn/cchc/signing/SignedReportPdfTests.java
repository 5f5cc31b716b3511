package vn.cchc.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import vn.cchc.IntegrationTest;
import vn.cchc.account.CurrentUser;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.NewPeriod;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;
import vn.cchc.report.ReportHeader;
import vn.cchc.report.ReportVersions;
import vn.cchc.report.ReportWorkflow;
import vn.cchc.report.Reports;

/**
 * Signing a report makes its PDF a legal electronic document (issue #16): two PAdES signatures (chairman and
 * organisation) that Bouncy Castle and poppler's pdfsig accept, their visible block where Decree 30 puts it,
 * PDF/A-2b by veraPDF; one changed byte fails verification; a foreign PDF is not ours.
 */
@IntegrationTest
class SignedReportPdfTests {

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportVersions versions;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    UserDetailsService users;

    @Autowired
    PdfVerifier verifier;

    @Autowired
    MockMvc mvc;

    private CurrentUser account(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    /** A fresh Liên Mạc report, submitted and signed by its chairman; returns the frozen PDF. */
    long signedReport() {
        long province = orgUnits.byCode("HAI_DUONG").orElseThrow().getId();
        long unit = orgUnits.byCode("LIEN_MAC").orElseThrow().getId();
        long period = periods.create(new NewPeriod(
                        province,
                        PeriodKind.AD_HOC,
                        "ký số " + UUID.randomUUID(),
                        2024,
                        LocalDate.of(2023, 12, 10),
                        LocalDate.of(2024, 6, 9),
                        LocalDate.of(2099, 1, 1)))
                .getId();
        long id = reports.createEmpty(unit, period).getId();
        reports.updateHeader(
                account("lienmac-clerk"),
                id,
                new ReportHeader(
                        "05/BC-UBND",
                        LocalDate.of(2024, 6, 10),
                        List.of("Kết quả công tác cải cách hành chính", "trên địa bàn xã Liên Mạc"),
                        "TM. ỦY BAN NHÂN DÂN",
                        "CHỦ TỊCH",
                        "Phạm Văn Cảnh",
                        List.of("- UBND huyện;", "- Lưu: VT.")));
        workflow.submit(account("lienmac-clerk"), id, true);
        workflow.sign(account("lienmac-chair"), id);
        return id;
    }

    byte[] pdf(long id) {
        return versions.latestSignedFile(id, ReportVersions.Format.PDF).orElseThrow();
    }

    @Test
    void theSignedPdfCarriesTwoValidSignaturesInTheSignatureRoom() throws Exception {
        long id = signedReport();
        byte[] pdf = pdf(id);
        Path dir = Files.createDirectories(Path.of("target/rendered"));
        Path file = dir.resolve("signed-report-" + id + ".pdf");
        Files.write(file, pdf);

        Verification v = verifier.verify(account("lienmac-clerk"), pdf);
        assertThat(v.known()).isTrue();
        assertThat(v.unchanged()).isTrue();
        assertThat(v.reportId()).isEqualTo(id);
        assertThat(v.signatures()).hasSize(2).allSatisfy(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.trusted()).isTrue();
            assertThat(s.signedAt()).endsWith("+07:00");
        });
        assertThat(v.signatures().get(0).signer()).contains("Chủ tịch UBND XÃ LIÊN MẠC");
        assertThat(v.signatures().get(1).signer()).isEqualTo("DEMO UBND XÃ LIÊN MẠC");
        assertThat(v.signatures().get(1).coversWholeFile()).isTrue();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDSignature> sigs = doc.getSignatureDictionaries();
            assertThat(sigs).extracting(PDSignature::getSubFilter).containsOnly("ETSI.CAdES.detached");
            // the visible block: on the last page, above the printed name, the seal's box over the left third
            var fields = doc.getDocumentCatalog().getAcroForm().getFields();
            PDAnnotationWidget chairman =
                    ((PDSignatureField) fields.get(0)).getWidgets().get(0);
            PDAnnotationWidget organisation =
                    ((PDSignatureField) fields.get(1)).getWidgets().get(0);
            assertThat(chairman.getRectangle().getWidth()).isPositive();
            assertThat(organisation.getRectangle().getLowerLeftX())
                    .isLessThan(chairman.getRectangle().getLowerLeftX());
            assertThat(organisation.getRectangle().getUpperRightX())
                    .isGreaterThan(chairman.getRectangle().getLowerLeftX()
                            + chairman.getRectangle().getWidth() / 3);
            int last = doc.getNumberOfPages() - 1;
            assertThat(doc.getPage(last).getAnnotations()).contains(chairman, organisation);
            assertThat(chairman.getRectangle().getLowerLeftX())
                    .isGreaterThan(doc.getPage(last).getMediaBox().getWidth() / 2 - 40);

            // rendered: red (the seal) and blue (signature, signing information) where the widgets are
            BufferedImage png = new PDFRenderer(doc).renderImageWithDPI(last, 100);
            ImageIO.write(
                    png,
                    "png",
                    dir.resolve("signed-report-" + id + "-last-page.png").toFile());
            float scale = 100f / 72;
            float h = doc.getPage(last).getMediaBox().getHeight();
            var seal = organisation.getRectangle();
            assertThat(countPixels(
                            png,
                            (int) (seal.getLowerLeftX() * scale),
                            (int) ((h - seal.getUpperRightY()) * scale),
                            (int) (seal.getWidth() * scale),
                            (int) (seal.getHeight() * scale),
                            true))
                    .as("red pixels of the seal")
                    .isGreaterThan(50);
            var chair = chairman.getRectangle();
            assertThat(countPixels(
                            png,
                            (int) (chair.getLowerLeftX() * scale),
                            (int) ((h - chair.getUpperRightY()) * scale),
                            (int) (chair.getWidth() * scale),
                            (int) (chair.getHeight() * scale),
                            false))
                    .as("blue pixels of the signature")
                    .isGreaterThan(50);
        }

        // poppler's pdfsig, where installed, agrees
        if (Files.isExecutable(Path.of("/usr/bin/pdfsig"))) {
            Process p = new ProcessBuilder("/usr/bin/pdfsig", file.toString())
                    .redirectErrorStream(true)
                    .start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes());
            Files.writeString(dir.resolve("signed-report-" + id + ".pdfsig.txt"), out);
            assertThat(out.split("Signature is Valid", -1)).as(out).hasSize(3);
        }
    }

    @Test
    void theSignedPdfIsPdfA2b() throws Exception {
        byte[] pdf = pdf(signedReport());
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .toList();
            assertThat(failures).as("veraPDF PDF/A-2b").isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }

    @Test
    void theSignedPdfIsTaggedAndItsStructureReadsTheReportInOrder() throws Exception {
        byte[] pdf = pdf(signedReport());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("vi");
            var documents = catalog.getStructureTreeRoot().getKids();
            assertThat(documents).hasSize(1);
            var document = (PDStructureElement) documents.get(0);
            assertThat(document.getStructureType()).isEqualTo("Document");
            assertThat(document.getKids())
                    .hasSizeGreaterThan(30)
                    .allSatisfy(k -> assertThat(((PDStructureElement) k).getStructureType())
                            .isIn("P", "H1", "H2"));

            // every piece of text on every page sits in a marked-content sequence the structure points at
            Map<Integer, Map<Integer, String>> marked = new HashMap<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                var page = doc.getPage(i);
                var extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> byMcid = new HashMap<>();
                for (PDMarkedContent mc : extractor.getMarkedContents()) {
                    StringBuilder t = new StringBuilder();
                    for (Object o : mc.getContents()) if (o instanceof TextPosition p) t.append(p.getUnicode());
                    if (mc.getMCID() >= 0) byMcid.put(mc.getMCID(), t.toString());
                }
                marked.put(i, byMcid);
                var stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String visible = stripper.getText(doc).replaceAll("\\s+", "");
                String tagged = String.join("", byMcid.values()).replaceAll("\\s+", "");
                assertThat(tagged.length())
                        .as("page " + (i + 1) + ": text outside the tags")
                        .isEqualTo(visible.length());
                assertThat(catalog.getStructureTreeRoot().getParentTree().getValue(page.getStructParents()))
                        .as("the parent tree knows page " + (i + 1))
                        .isNotNull();
            }
            // the structure, read in its order, is the report in reading order: letterhead, title, body, signature
            StringBuilder read = new StringBuilder();
            Map<String, String> typeOf = new HashMap<>();
            for (Object kid : document.getKids()) {
                var p = (PDStructureElement) kid;
                int page = doc.getPages().indexOf(p.getPage());
                String line = marked.get(page).get((Integer) p.getKids().get(0)).strip();
                read.append(line).append('\n');
                typeOf.putIfAbsent(line, p.getStructureType());
            }
            // the report's numbered headings are headings: «I. …» H1, «1. …» H2
            assertThat(typeOf).containsEntry("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "H1");
            assertThat(typeOf.entrySet().stream()
                            .filter(e -> e.getKey().startsWith("1. "))
                            .map(Map.Entry::getValue))
                    .contains("H2");
            String text = read.toString();
            assertThat(text.indexOf("UBND XÃ LIÊN MẠC")).isNotNegative().isLessThan(text.indexOf("Số: "));
            assertThat(text.indexOf("Số: ")).isLessThan(text.indexOf("BÁO CÁO"));
            assertThat(text.indexOf("BÁO CÁO")).isLessThan(text.indexOf("I. CÔNG TÁC CHỈ ĐẠO"));
            assertThat(text.indexOf("I. CÔNG TÁC CHỈ ĐẠO")).isLessThan(text.indexOf("Phạm Văn Cảnh"));
        }
    }

    @Test
    void oneChangedByteFailsVerificationAndAForeignPdfIsNotOurs() throws Exception {
        long id = signedReport();
        byte[] pdf = pdf(id);
        byte[] changed = pdf.clone();
        int at = indexOf(changed, "Liên".getBytes(StandardCharsets.ISO_8859_1), 2000);
        at = at < 0 ? pdf.length / 3 : at;
        changed[at] ^= 0x01;
        Verification v = verifier.verify(account("lienmac-clerk"), changed);
        assertThat(v.known()).as("recognised by its signature values").isTrue();
        assertThat(v.unchanged()).isFalse();
        assertThat(v.reportId()).isEqualTo(id);
        assertThat(v.allSignaturesValid()).isFalse();
        assertThat(v.signatures()).anySatisfy(s -> assertThat(s.intact()).isFalse());

        // a foreign unit's user learns only yes/no
        Verification foreign = verifier.verify(account("tuky-noivu"), pdf);
        assertThat(foreign.known()).isTrue();
        assertThat(foreign.unchanged()).isTrue();
        assertThat(foreign.reportId()).isNull();
        assertThat(foreign.signatures()).isEmpty();

        // a PDF we never signed
        byte[] other;
        try (PDDocument doc = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            other = out.toByteArray();
        }
        Verification unknown = verifier.verify(account("lienmac-clerk"), other);
        assertThat(unknown.known()).isFalse();
        assertThat(unknown.unchanged()).isFalse();
        assertThat(unknown.signatures()).isEmpty();
    }

    @Test
    void theVerifyApiAndPageAnswerForAnyoneSignedIn() throws Exception {
        long id = signedReport();
        byte[] pdf = pdf(id);
        var file = new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", pdf);
        mvc.perform(multipart("/api/v1/verify").file(file).with(httpBasic("thanhha-noivu", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.known").value(true))
                .andExpect(jsonPath("$.unchanged").value(true))
                .andExpect(jsonPath("$.reportId").value(id))
                .andExpect(jsonPath("$.signatures.length()").value(2))
                .andExpect(jsonPath("$.signatures[0].valid").value(true))
                .andExpect(jsonPath("$.signatures[1].signedAt").value(Matchers.endsWith("+07:00")));
        // another district's office: yes/no only, nothing of Liên Mạc
        mvc.perform(multipart("/api/v1/verify").file(file).with(httpBasic("tuky-noivu", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.known").value(true))
                .andExpect(jsonPath("$.reportId").doesNotExist())
                .andExpect(jsonPath("$.signatures.length()").value(0))
                .andExpect(content().string(Matchers.not(Matchers.containsString("LIÊN MẠC"))));
        // no file: 422 naming the field, in Vietnamese
        mvc.perform(multipart("/api/v1/verify").with(httpBasic("lienmac-clerk", "demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        // the page
        mvc.perform(multipart("/verify")
                        .file(file)
                        .with(user(account("thanhha-noivu")))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đây là báo cáo đã ký của hệ thống.")))
                .andExpect(content().string(Matchers.containsString("Tệp còn nguyên vẹn")));
        // nobody signed in: no answer
        mvc.perform(multipart("/api/v1/verify").file(file)).andExpect(status().isUnauthorized());
    }

    private static int indexOf(byte[] data, byte[] what, int from) {
        outer:
        for (int i = from; i < data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) if (data[i + j] != what[j]) continue outer;
            return i;
        }
        return -1;
    }

    private static int countPixels(BufferedImage img, int x, int y, int w, int h, boolean red) {
        int n = 0;
        for (int i = Math.max(0, x); i < Math.min(img.getWidth(), x + w); i++) {
            for (int j = Math.max(0, y); j < Math.min(img.getHeight(), y + h); j++) {
                int rgb = img.getRGB(i, j);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (red ? r > 150 && g < 100 && b < 100 : b > 120 && r < 100) n++;
            }
        }
        return n;
    }
}
