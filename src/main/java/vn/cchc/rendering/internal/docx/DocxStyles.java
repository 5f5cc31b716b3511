package vn.cchc.rendering.internal.docx;

import java.util.List;

/**
 * Style ids the renderer applies to what it inserts. They live in the Word template, so staff restyle
 * the body (size, spacing, indent) in Word; a template without one of them is rejected.
 */
public final class DocxStyles {

    public static final String BODY = "CchcBody";
    public static final String NOTE = "CchcNote";
    public static final String HEADING_1 = "CchcHeading1";
    public static final String HEADING_2 = "CchcHeading2";
    public static final String HEADING_3 = "CchcHeading3";
    public static final String CAPTION = "CchcCaption";
    public static final String TITLE = "CchcTitle";
    public static final String SUBTITLE = "CchcSubtitle";
    public static final String RULE = "CchcRule";
    public static final String TABLE = "CchcTable";
    public static final String TABLE_HEADER = "CchcTableHeader";
    public static final String TABLE_CELL = "CchcTableCell";

    public static final List<String> REQUIRED = List.of(
            BODY,
            NOTE,
            HEADING_1,
            HEADING_2,
            HEADING_3,
            CAPTION,
            TITLE,
            SUBTITLE,
            RULE,
            TABLE,
            TABLE_HEADER,
            TABLE_CELL);

    private DocxStyles() {}

    public static String heading(int level) {
        return switch (level) {
            case 1 -> HEADING_1;
            case 2 -> HEADING_2;
            default -> HEADING_3;
        };
    }
}
