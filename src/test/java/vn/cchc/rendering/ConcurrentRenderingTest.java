package vn.cchc.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.cchc.rendering.support.PdfPages;
import vn.cchc.rendering.support.RenderedText;

/** One renderer instance serves many requests at once (they are singletons in the application). */
class ConcurrentRenderingTest {

    @Test
    void renderersAreSafeToShareBetweenThreads() throws Exception {
        DocxReportRenderer docx = new DocxReportRenderer();
        PdfReportRenderer pdf = new PdfReportRenderer();
        ReportDocument report = LienMac2023Fixture.report();
        String docxText = RenderedText.docx(docx.render(report));
        String pdfText = PdfPages.body(pdf.render(report));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String[]>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() ->
                        new String[] {RenderedText.docx(docx.render(report)), PdfPages.body(pdf.render(report))}));
            }
            for (Future<String[]> result : results) {
                assertEquals(docxText, result.get()[0]);
                assertEquals(pdfText, result.get()[1]);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
