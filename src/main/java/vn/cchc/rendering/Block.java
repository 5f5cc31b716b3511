package vn.cchc.rendering;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Objects;

/**
 * A piece of the report body, in reading order. The JSON form names the kind of block, so that the model
 * a report was signed with can be stored and rendered again.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
    @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = Block.DossierTable.class, name = "dossierTable")
})
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.DossierTable {

    /**
     * A numbered heading.
     *
     * @param level  1 for "I." (printed in capitals, bold), 2 for "1." and "2.1." (bold), 3 for "a)" (upright)
     * @param number the number as printed, with its punctuation: "I.", "2.1.", "a)"
     * @param text   the heading text
     */
    record Heading(int level, String number, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level must be 1..3, was " + level);
            }
            Require.text(number, "heading number");
            Require.text(text, "heading text");
        }
    }

    /** A body paragraph; see {@link ParagraphStyle}. */
    record Paragraph(String text, ParagraphStyle style) implements Block {
        public Paragraph {
            Require.text(text, "paragraph text");
            Objects.requireNonNull(style, "paragraph style is required");
        }

        public static Paragraph body(String text) {
            return new Paragraph(text, ParagraphStyle.BODY);
        }
    }

    /**
     * The one-stop dossier table (Biểu 06/VPCP/KSTT): 13 columns with the fixed grouped header.
     *
     * @param caption     a caption printed above the table, or null for none
     * @param labelHeader header of column (2), "Tên đơn vị" or "Lĩnh vực"
     * @param rows        the rows, in order
     */
    record DossierTable(String caption, String labelHeader, List<DossierRow> rows) implements Block {
        public DossierTable {
            if (caption != null && caption.isBlank()) {
                caption = null;
            }
            Require.text(labelHeader, "dossier table labelHeader");
            Objects.requireNonNull(rows, "dossier table rows are required");
            rows = List.copyOf(rows);
        }

        /** A table whose column (2) is "Tên đơn vị". */
        public DossierTable(String caption, List<DossierRow> rows) {
            this(caption, "Tên đơn vị", rows);
        }
    }
}
