package vn.cchc.rendering.internal.pdf;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;

/** The Decree 30 page in points: A4 portrait, margins top 20, bottom 20, left 30, right 15 mm. */
public final class PdfPage {

    public static final Rectangle SIZE = PageSize.A4;
    public static final float TOP = mm(20);
    public static final float BOTTOM = mm(20);
    public static final float LEFT = mm(30);
    public static final float RIGHT = mm(15);
    /** 165 mm. */
    public static final float TEXT_WIDTH = SIZE.getWidth() - LEFT - RIGHT;

    /** Body text: 14 pt; Word's 1.15 line spacing of Times New Roman 14 pt is 18.5 pt. */
    public static final float BODY_SIZE = 14;

    public static final float BODY_LEADING = 18.5f;
    /** First-line indent 1.27 cm and 6 pt after each paragraph. */
    public static final float FIRST_LINE_INDENT = mm(12.7);

    public static final float PARAGRAPH_AFTER = 6;

    private PdfPage() {}

    public static float mm(double millimetres) {
        return (float) (millimetres * 72 / 25.4);
    }

    /** Converts twips (the widths shared with the Word layout) to points. */
    public static float twips(int twips) {
        return twips / 20f;
    }
}
