package vn.cchc.document;

import java.util.List;

/**
 * A column of the register the import understands, with the headers e-office exports use for it (folded: lower
 * case, no diacritics, punctuation as spaces). Labels in {@code register.field.<name>}.
 */
public enum ImportField {
    NUMBER(
            true,
            "so ky hieu",
            "so ky hieu van ban",
            "so hieu",
            "ky hieu",
            "so van ban",
            "so va ky hieu",
            "so ky hieu vb"),
    DATE(true, "ngay", "ngay ban hanh", "ngay van ban", "ngay ky", "ngay thang", "ngay thang van ban", "ngay vb"),
    TYPE(false, "loai", "loai van ban", "the loai", "loai vb", "hinh thuc van ban"),
    SUMMARY(false, "trich yeu", "trich yeu noi dung", "noi dung", "trich yeu van ban", "ten van ban"),
    SIGNER(false, "nguoi ky", "nguoi ky van ban", "nguoi ky duyet", "ky"),
    ISSUER(false, "co quan ban hanh", "noi ban hanh", "don vi ban hanh", "co quan");

    private final boolean required;
    private final List<String> headers;

    ImportField(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    public boolean required() {
        return required;
    }

    public String labelKey() {
        return "register.field." + name();
    }

    /** True when a (folded) header names this field. */
    public boolean knows(String foldedHeader) {
        return headers.contains(foldedHeader);
    }

    /** A header folded for comparison: "Số, ký hiệu" → "so ky hieu". */
    public static String fold(String header) {
        return Diacritics.fold(header == null ? "" : header.replaceAll("[^\\p{L}\\p{M}\\d]+", " "));
    }
}
