package vn.cchc.rendering.internal;

/**
 * A figure must never break inside itself in a table cell («13.188» printed as «13.18» / «8»). As a Word user
 * would, the font shrinks until the figure fits the cell: Times New Roman and Liberation Serif (its metric twin)
 * draw every digit 0,5 em wide and «.», «,» and the space 0,25 em, so the width is known without measuring.
 */
public final class FigureFit {

    /** Never smaller than this: below 7 pt a printed table is unreadable. */
    static final float MIN_SIZE = 7f;

    private FigureFit() {}

    /** The font size (pt, in half points) at which {@code text} fits {@code availablePt}, at most {@code size}. */
    public static float size(String text, float size, float availablePt) {
        float ems = ems(text);
        if (ems == 0) return size;
        float fitting = availablePt * 0.96f / ems; // a little room for rounding in the renderers
        float halfPoints = (float) Math.floor(fitting * 2) / 2;
        return Math.max(MIN_SIZE, Math.min(size, halfPoints));
    }

    /** The text's width in em of the serif face. */
    static float ems(String text) {
        float ems = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ',' || c == ' ' || c == '\u00a0') ems += 0.25f;
            else if (c == '%') ems += 0.833f;
            else if (c == '(' || c == ')') ems += 0.333f;
            else ems += 0.5f;
        }
        return ems;
    }

    /** Twips (1/20 pt) to points. */
    public static float points(int twips) {
        return twips / 20f;
    }
}
