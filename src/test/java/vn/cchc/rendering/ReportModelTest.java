package vn.cchc.rendering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportModelTest {

    @Test
    void dossierRowKeepsFiguresInColumnOrderAndAllowsGaps() {
        DossierRow row = DossierRow.of("02", "Tư pháp", 10L, null, 10L, 0L, 9L, 1L, 8L, 0L, 1L, 1L, null);
        assertEquals(Arrays.asList(10L, null, 10L, 0L, 9L, 1L, 8L, 0L, 1L, 1L, null), row.figures());
        assertNull(row.receivedOnline());
        assertThrows(IllegalArgumentException.class, () -> DossierRow.of("01", "x", 1L, 2L));
    }

    @Test
    void requiredTextMustNotBeBlank() {
        assertThrows(IllegalArgumentException.class, () -> new Signature("TM. ỦY BAN NHÂN DÂN XÃ", "CHỦ TỊCH", " "));
        assertThrows(
                NullPointerException.class,
                () -> new Letterhead(null, null, "85/BC-UBND", "Liên Mạc", LocalDate.of(2023, 12, 10)));
        assertThrows(IllegalArgumentException.class, () -> new Block.Heading(4, "a)", "x"));
    }

    @Test
    void aBlankGoverningBodyMeansNone() {
        Letterhead head = new Letterhead(" ", "UBND XÃ LIÊN MẠC", "85/BC-UBND", "Liên Mạc", LocalDate.of(2023, 1, 5));
        assertNull(head.governingBody());
        assertEquals("Số: 85/BC-UBND", head.numberLine());
        assertEquals("Liên Mạc, ngày 05 tháng 01 năm 2023", head.placeDateLine());
    }

    @Test
    void appendixRowsMustFitTheColumns() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Appendix("t", "(r)", Appendix.taskColumns(), List.of(List.of("1", "only two"))));
    }

    @Test
    void signatureImageIsCopied() {
        byte[] image = {1, 2, 3};
        Signature signature = new Signature("TM.", "CHỦ TỊCH", "Phạm Văn Cảnh", image);
        image[0] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, signature.image());
        assertTrue(signature.hasImage());
    }

    @Test
    void theModelIsImmutable() {
        ReportDocument report = LienMac2023Fixture.report();
        assertThrows(UnsupportedOperationException.class, () -> report.body().add(Block.Paragraph.body("x")));
        assertThrows(
                UnsupportedOperationException.class, () -> report.recipients().add("x"));
    }
}
