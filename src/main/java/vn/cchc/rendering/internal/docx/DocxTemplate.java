package vn.cchc.rendering.internal.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.BodyType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import vn.cchc.rendering.RenderingException;
import vn.cchc.rendering.TemplateException;

/**
 * A Word template checked once when it is loaded: every placeholder known, the styles the renderer applies
 * present, each block marker ({@code ${body}}, {@code ${appendix}}) once and alone in a body paragraph.
 * A broken template thus fails when the application starts or the administrator uploads it, not when a
 * clerk downloads a report.
 */
public final class DocxTemplate {

    private final byte[] bytes;
    private final Set<String> placeholders;
    private final Set<String> blocks;

    public DocxTemplate(byte[] bytes, Set<String> placeholders, Set<String> blocks) {
        this.bytes = bytes.clone();
        this.placeholders = Set.copyOf(placeholders);
        this.blocks = Set.copyOf(blocks);
        try (XWPFDocument doc = open()) {
            checkStyles(doc.getStyles());
            checkPlaceholders(doc);
        } catch (IOException e) {
            throw new RenderingException("Cannot read the Word template", e);
        }
    }

    /** The names of the placeholders the template shows (blocks included). */
    public Set<String> present() {
        Set<String> names = new HashSet<>();
        try (XWPFDocument doc = open()) {
            for (XWPFParagraph paragraph : PlaceholderMerger.paragraphs(doc)) {
                String block = blockOf(paragraph);
                if (block != null) names.add(block);
                else PlaceholderMerger.scan(paragraph).forEach(p -> names.add(p.name()));
            }
        } catch (IOException e) {
            throw new RenderingException("Cannot read the Word template", e);
        }
        return names;
    }

    /** A fresh copy of the template to fill. */
    public XWPFDocument open() {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new TemplateException("Not a readable Word (.docx) template: " + e.getMessage());
        }
    }

    /** Fills every placeholder except the block markers. */
    public void fill(XWPFDocument doc, PlaceholderValues values) {
        for (XWPFParagraph paragraph : PlaceholderMerger.paragraphs(doc)) {
            if (blockOf(paragraph) == null) {
                PlaceholderMerger.fill(paragraph, values);
            }
        }
    }

    /** The body paragraph that holds the marker of {@code block}. */
    public static XWPFParagraph marker(XWPFDocument doc, String block) {
        for (XWPFParagraph paragraph : doc.getParagraphs()) {
            if (PlaceholderMerger.runText(paragraph.getRuns()).strip().equals("${" + block + "}")) {
                return paragraph;
            }
        }
        throw new TemplateException("The template has no ${" + block + "} paragraph");
    }

    private void checkStyles(XWPFStyles styles) {
        List<String> missing = DocxStyles.REQUIRED.stream()
                .filter(id -> styles == null || !styles.styleExist(id))
                .toList();
        if (!missing.isEmpty()) {
            throw new TemplateException("The template lacks the styles " + missing);
        }
    }

    private void checkPlaceholders(XWPFDocument doc) {
        Map<String, Integer> markers = new HashMap<>();
        for (XWPFParagraph paragraph : PlaceholderMerger.paragraphs(doc)) {
            String block = blockOf(paragraph);
            if (block != null) {
                if (paragraph.getPartType() != BodyType.DOCUMENT) {
                    throw new TemplateException("${" + block + "} must stand in a paragraph of its own in the "
                            + "document body, not in a table, header or footer");
                }
                markers.merge(block, 1, Integer::sum);
                continue;
            }
            for (Placeholder placeholder : PlaceholderMerger.scan(paragraph)) {
                String where = PlaceholderMerger.where(paragraph);
                if (blocks.contains(placeholder.name())) {
                    throw new TemplateException(
                            placeholder.token() + " must stand alone in its paragraph, in " + where);
                }
                PlaceholderValues.checkKnown(placeholders, placeholder, where);
            }
        }
        for (String block : blocks) {
            int count = markers.getOrDefault(block, 0);
            if (count != 1) {
                throw new TemplateException("The template must hold ${" + block + "} exactly once, found " + count);
            }
        }
    }

    private String blockOf(XWPFParagraph paragraph) {
        String text = PlaceholderMerger.runText(paragraph.getRuns()).strip();
        if (text.startsWith("${") && text.endsWith("}")) {
            String name = text.substring(2, text.length() - 1);
            if (blocks.contains(name)) {
                return name;
            }
        }
        return null;
    }
}
