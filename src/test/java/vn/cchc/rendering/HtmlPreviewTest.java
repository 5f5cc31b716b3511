package vn.cchc.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.rendering.support.Rendered;

class HtmlPreviewTest {

    private final HtmlPreviewRenderer renderer = new HtmlPreviewRenderer();

    @Test
    void everyTextOfTheReportIsEscaped() {
        String attack = "<script>alert('x')</script>";
        ReportDocument report = new ReportDocument(
                new Letterhead("UBND <b>", "UBND XÃ \"A\" & B", "85/BC-UBND", "Liên Mạc", LocalDate.of(2023, 12, 10)),
                "BÁO CÁO",
                List.of(attack),
                "(kỳ <i>)",
                List.of(
                        new Block.Heading(1, "I.", attack),
                        Block.Paragraph.body("Trích: " + attack),
                        new Block.DossierTable(
                                attack,
                                List.of(DossierRow.of("01", attack, 1L, 1L, 0L, 0L, 1L, 1L, 0L, 0L, 0L, 0L, 0L)))),
                new Signature("TM. <u>", "CHỦ TỊCH", "<img src=x onerror=alert(1)>"),
                List.of("- " + attack),
                new Appendix(
                        attack,
                        "(Kèm theo <a>)",
                        Appendix.taskColumns(),
                        List.of(List.of("1", attack, "UBND huyện", "", "Xong"))));
        String html = renderer.toHtml(report);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), "no markup from the text");
        assertFalse(html.contains("<b>") || html.contains("<i>") || html.contains("<u>") || html.contains("<a>"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(html.contains("UBND XÃ &quot;A&quot; &amp; B"));
        assertTrue(html.contains("&lt;SCRIPT&gt;ALERT(&#39;X&#39;)&lt;/SCRIPT&gt;"), "the level-1 heading in capitals");
    }

    @Test
    void thePreviewShowsTheSameReport() {
        String html = renderer.toHtml(LienMac2023Fixture.report());
        Rendered.keep("lien-mac-2023.html", html.getBytes(StandardCharsets.UTF_8));
        for (String expected : List.of(
                "UBND XÃ LIÊN MẠC",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 85/BC-UBND",
                "Liên Mạc, ngày 10 tháng 12 năm 2023",
                "<h2>I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH</h2>",
                "<h3>2.1. Kết quả rà soát, đơn giản hóa TTHC</h3>",
                "<h4>a) Tình hình tổ chức",
                "<th rowspan=\"3\">STT</th>",
                "<th colspan=\"4\">Số lượng hồ sơ tiếp nhận</th>",
                "<td>2.579</td>",
                "<td class=\"l\">Liên Mạc</td>",
                "4.500.845.758 đồng",
                "99,02 %",
                "Nơi nhận:",
                "- Lưu: VT.",
                "TM. ỦY BAN NHÂN DÂN XÃ",
                "Phạm Văn Cảnh",
                "Phụ lục")) {
            assertTrue(html.contains(expected), expected);
        }
        assertTrue(html.startsWith("<div class=\"cchc-report\""));
        assertEquals("text/html;charset=UTF-8", renderer.contentType());
        assertEquals(html, new String(renderer.render(LienMac2023Fixture.report()), StandardCharsets.UTF_8));
    }
}
