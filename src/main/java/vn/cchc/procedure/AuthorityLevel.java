package vn.cchc.procedure;

import java.text.Normalizer;
import java.util.Locale;

/** Who decides a procedure received at the commune: the commune, the district, the province, a central vertical body. */
public enum AuthorityLevel {
    COMMUNE,
    DISTRICT,
    PROVINCE,
    CENTRAL_VERTICAL;

    public String messageKey() {
        return "procedure.level." + name();
    }

    /**
     * The level a cell or a row label names: its code, or words of its Vietnamese name («cấp xã», «UBND tỉnh»,
     * «Thẩm quyền UBND huyện, tiếp nhận tại xã», «ngành dọc»); null when it names none.
     */
    public static AuthorityLevel fromWords(String text) {
        if (text == null) return null;
        String k = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .trim()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
        if (k.isEmpty()) return null;
        for (AuthorityLevel l : values()) if (k.equalsIgnoreCase(l.name())) return l;
        // the wider levels first: «UBND huyện, tiếp nhận tại xã» is the district's
        if (k.contains("trung uong") || k.contains("nganh doc")) return CENTRAL_VERTICAL;
        if (k.contains("tinh")) return PROVINCE;
        if (k.contains("huyen")) return DISTRICT;
        if (k.matches(".*\\bxa\\b.*")) return COMMUNE;
        return null;
    }
}
