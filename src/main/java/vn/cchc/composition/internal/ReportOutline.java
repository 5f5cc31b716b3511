package vn.cchc.composition.internal;

import java.util.List;

/**
 * The fixed outline of the CCHC report (the sections of the reference and of provincial templates): each
 * heading, and the narrative section code whose text follows it. Headings are printed, never typed.
 */
public final class ReportOutline {

    /** One line of the outline; {@code sectionCode} null for a heading with no text of its own. */
    public record Entry(int level, String number, String text, String sectionCode) {
    }

    private ReportOutline() {
    }

    public static List<Entry> entries(int nextYear, String windowText) {
        return List.of(
                new Entry(1, "I.", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "I"),
                new Entry(1, "II.", "KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", null),
                new Entry(2, "1.", "Về cải cách thể chế", "II.1"),
                new Entry(2, "2.", "Cải cách thủ tục hành chính", null),
                new Entry(2, "2.1.", "Kết quả rà soát, đơn giản hóa TTHC", "II.2.1"),
                new Entry(2, "2.2.", "Việc công khai TTHC, danh mục TTHC", "II.2.2"),
                new Entry(2, "2.3.", "Kết quả thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC", null),
                new Entry(3, "a)", "Tình hình tổ chức và hoạt động của Bộ phận Một cửa", "II.2.3.a"),
                new Entry(3, "b)", "Kết quả thực hiện số hóa hồ sơ, giấy tờ, kết quả giải quyết TTHC (" + windowText + "):",
                        "II.2.3.b"),
                new Entry(3, "c)", "Việc tiếp nhận, xử lý phản ánh kiến nghị của tổ chức, cá nhân đối với những quy định về "
                        + "cơ chế, chính sách, TTHC do cơ quan nhà nước, người có thẩm quyền ban hành, biểu mẫu, phí và lệ phí "
                        + "và các quy định hành chính liên quan đến TTHC", "II.2.3.c"),
                new Entry(3, "d)", "Kết quả thực hiện việc đánh giá chất lượng giải quyết TTHC", "II.2.3.d"),
                new Entry(2, "3.", "Cải cách tổ chức bộ máy", "II.3"),
                new Entry(2, "4.", "Cải cách chế độ công vụ", "II.4"),
                new Entry(2, "5.", "Cải cách tài chính công", "II.5"),
                new Entry(2, "6.", "Xây dựng và phát triển chính phủ điện tử", "II.6"),
                new Entry(1, "III.", "ĐÁNH GIÁ CHUNG", null),
                new Entry(2, "1.", "Mặt tích cực", "III.1"),
                new Entry(2, "2.", "Những tồn tại, hạn chế và nguyên nhân", "III.2"),
                new Entry(1, "IV.", "PHƯƠNG HƯỚNG, NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM " + nextYear, "IV"),
                new Entry(1, "V.", "KIẾN NGHỊ, ĐỀ XUẤT", "V"));
    }
}
