package vn.cchc.composition.internal;

import java.util.Map;

/** The Vietnamese name of each document type code, as a citation prints it ("Kế hoạch số 36/KH-UBND …"). */
final class DocumentTypes {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("KH", "Kế hoạch"),
            Map.entry("QD", "Quyết định"),
            Map.entry("CV", "Công văn"),
            Map.entry("TB", "Thông báo"),
            Map.entry("BC", "Báo cáo"),
            Map.entry("QC", "Quy chế"),
            Map.entry("CT", "Chỉ thị"),
            Map.entry("TTR", "Tờ trình"),
            Map.entry("HD", "Hướng dẫn"),
            Map.entry("ND", "Nghị định"),
            Map.entry("NQ", "Nghị quyết"),
            Map.entry("TT", "Thông tư"),
            Map.entry("CTR", "Chương trình"));

    private DocumentTypes() {}

    static boolean known(String code) {
        return LABELS.containsKey(code) || "OTHER".equals(code);
    }

    static String label(String code) {
        return LABELS.getOrDefault(code, "Văn bản");
    }
}
