package vn.cchc.composition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.IntegrationTest;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.report.RenderedReport;
import vn.cchc.report.Reports;

/**
 * The Liên Mạc 2023 demo, rendered from its records, carries every fact of the reference report
 * (src/test/resources/reference/lien-mac-2023-facts.txt, extracted by hand from the reference): each document
 * reference with its date, each figure, each heading, the dossier row, the signer and the recipients — in the DOCX
 * and in the PDF alike.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LienMacReportFactsTests {

    @Autowired
    ReportFiles files;

    @Autowired
    Reports reports;

    @Autowired
    UserDetailsService users;

    String docxText;
    String pdfText;

    @BeforeAll
    void render() throws Exception {
        UnitViewer clerk = (UnitViewer) users.loadUserByUsername("lienmac-clerk");
        long reportId = reports.visible(clerk, 2023, null).get(0).id();
        RenderedReport rendered = files.render(reportId);
        docxText = RenderedText.docx(rendered.docx());
        pdfText = RenderedText.pdf(rendered.pdf());
    }

    @Test
    void bothFilesCarryEveryFactOfTheReference() throws Exception {
        List<String> facts = facts();
        assertThat(facts).hasSizeGreaterThan(150);
        SoftAssertions soft = new SoftAssertions();
        for (String fact : facts) {
            String expected = expectedText(fact);
            soft.assertThat(docxText).as("DOCX: " + fact).contains(expected);
            soft.assertThat(pdfText).as("PDF: " + fact).contains(expected);
        }
        soft.assertAll();
    }

    @Test
    void theDossierRowReadsAsInTheReference() {
        String row = "01 Liên Mạc 2.579 2.551 25 3 2.576 2.569 7 0 3 3 0";
        assertThat(docxText).contains(row);
        assertThat(pdfText).contains(row);
    }

    @Test
    void noTokenIsLeftUnresolved() {
        assertThat(docxText).doesNotContain("{{").doesNotContain("[thiếu");
        assertThat(pdfText).doesNotContain("{{").doesNotContain("[thiếu");
    }

    /** A fact line: doc|number|date, figure|2.579, heading|…, text|…. */
    private static String expectedText(String fact) {
        String[] p = fact.split("\\|", -1);
        return switch (p[0]) {
            case "doc" -> p[2].isEmpty() ? p[1] : p[1] + " ngày " + p[2];
            default -> RenderedText.fold(p[1]);
        };
    }

    private static List<String> facts() throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(
                Path.of("src/test/resources/reference/lien-mac-2023-facts.txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
        }
        return out;
    }
}
