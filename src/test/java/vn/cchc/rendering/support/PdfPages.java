package vn.cchc.rendering.support;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** Reads a PDF page by page: the running head in the top margin apart from the text below it. */
public final class PdfPages {

    /** The 20 mm top margin in points. */
    private static final float TOP_MARGIN = 20 * 72 / 25.4f;

    public record Page(String head, String text) {}

    private PdfPages() {}

    public static List<Page> read(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                PDFTextStripperByArea areas = new PDFTextStripperByArea();
                areas.setSortByPosition(true);
                areas.addRegion("head", new Rectangle2D.Float(0, 0, width, TOP_MARGIN));
                areas.addRegion("text", new Rectangle2D.Float(0, TOP_MARGIN, width, height - TOP_MARGIN));
                areas.extractRegions(page);
                pages.add(new Page(areas.getTextForRegion("head").strip(), areas.getTextForRegion("text")));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text below the top margin of every page, in reading order (sorted by position). */
    public static String body(byte[] pdf) {
        StringBuilder out = new StringBuilder();
        read(pdf).forEach(page -> out.append(page.text()).append('\n'));
        return out.toString();
    }

    /** The whole text in content-stream order, as a copy-paste would give it. */
    public static String all(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
