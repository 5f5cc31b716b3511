package vn.cchc.rendering;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The Decree 30 letterhead: bodies on the left, national title on the right (fixed text), then the
 * number and the place and date.
 *
 * @param governingBody the body above the issuer ("UBND HUYỆN THANH HÀ"), caps; null when the issuer has none
 * @param issuingBody   the issuer ("UBND XÃ LIÊN MẠC"), caps
 * @param numberSymbol  number and symbol as issued ("85/BC-UBND"), without the "Số:" label
 * @param placeName     place name printed before the date ("Liên Mạc")
 * @param date          the document date
 */
public record Letterhead(
        String governingBody, String issuingBody, String numberSymbol, String placeName, LocalDate date) {

    public Letterhead {
        if (governingBody != null && governingBody.isBlank()) {
            governingBody = null;
        }
        Require.text(issuingBody, "letterhead issuingBody");
        Require.text(numberSymbol, "letterhead numberSymbol");
        Require.text(placeName, "letterhead placeName");
        Objects.requireNonNull(date, "letterhead date is required");
    }

    /** "Số: 85/BC-UBND". */
    public String numberLine() {
        return "Số: " + numberSymbol;
    }

    /** "ngày 10 tháng 12 năm 2023" (Decree 30 leading zeros). */
    public String dateText() {
        return VnFormat.dateText(date);
    }

    /** "Liên Mạc, ngày 10 tháng 12 năm 2023". */
    public String placeDateLine() {
        return placeName + ", " + dateText();
    }
}
