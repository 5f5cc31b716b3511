package vn.cchc.rendering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.rendering.support.RenderedText;

/** A signed report keeps its model as JSON; read back, it must render the same report. */
class ModelJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theModelSurvivesAJsonRoundTrip() {
        ReportDocument report = LienMac2023Fixture.report();
        String stored = json.writeValueAsString(report);
        assertTrue(stored.contains("\"kind\":\"dossierTable\""), "blocks carry their kind");
        ReportDocument back = json.readValue(stored, ReportDocument.class);
        assertEquals(report, back);
        assertEquals(
                RenderedText.docx(new DocxReportRenderer().render(report)),
                RenderedText.docx(new DocxReportRenderer().render(back)));
    }

    @Test
    void theSignatureImageIsKept() {
        Signature signature =
                new Signature("TM. ỦY BAN NHÂN DÂN XÃ", "CHỦ TỊCH", "Phạm Văn Cảnh", new byte[] {1, 2, 3});
        Signature back = json.readValue(json.writeValueAsString(signature), Signature.class);
        assertArrayEquals(signature.image(), back.image());
        assertEquals("Phạm Văn Cảnh", back.name());
    }
}
