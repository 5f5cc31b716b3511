package vn.cchc.document;

import java.util.Arrays;

/** Document type codes (Decree 30/2020 abbreviations, ASCII); Vietnamese labels in {@code document.type.<code>}. */
public enum DocType {
    KH,
    QD,
    CV,
    TB,
    BC,
    QC,
    CT,
    TTR,
    HD,
    ND,
    NQ,
    TT,
    CTR,
    OTHER;

    public String labelKey() {
        return "document.type." + name();
    }

    public static boolean isValid(String code) {
        return code != null && Arrays.stream(values()).anyMatch(t -> t.name().equals(code));
    }
}
