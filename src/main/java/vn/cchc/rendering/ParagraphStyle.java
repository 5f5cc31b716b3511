package vn.cchc.rendering;

/**
 * How a body paragraph is set. Every style is justified with the Decree 30 first-line indent; list items
 * carry their marker here, not in the text, so every output prints the same marker.
 */
public enum ParagraphStyle {
    /** Plain body text. */
    BODY(""),
    /** A "- " item, as the report's first-level lists are typed. */
    DASH("- "),
    /** A "+ " item, the second level under a "- " item. */
    PLUS("+ "),
    /** A remark in italics, such as "(Có phụ lục kèm theo)". */
    NOTE("");

    private final String marker;

    ParagraphStyle(String marker) {
        this.marker = marker;
    }

    /** The marker printed before the text ("- ", "+ " or nothing). */
    public String marker() {
        return marker;
    }
}
