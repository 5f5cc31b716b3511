package vn.cchc.indicator;

/** How exact a figure is: "gần 2.840", "khoảng 300", "trên 100", "dưới 5", "ít nhất 3". */
public enum Qualifier {
    EXACT,
    APPROX,
    ABOUT,
    OVER,
    UNDER,
    AT_LEAST;

    public String labelKey() {
        return "indicator.qualifier." + name();
    }

    /** The word printed before the figure (empty for EXACT). */
    public String wordKey() {
        return "indicator.qualifier.word." + name();
    }
}
