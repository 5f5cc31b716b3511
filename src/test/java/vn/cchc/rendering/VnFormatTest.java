package vn.cchc.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VnFormatTest {

    @Test
    void integersGroupThousandsWithDots() {
        assertEquals("0", VnFormat.integer(0));
        assertEquals("999", VnFormat.integer(999));
        assertEquals("2.579", VnFormat.integer(2579));
        assertEquals("4.500.845.758", VnFormat.integer(4_500_845_758L));
        assertEquals("-12.345", VnFormat.integer(-12_345));
    }

    @Test
    void aFigureNotReportedIsEmptyNotZero() {
        assertEquals("", VnFormat.figure(null));
        assertEquals("0", VnFormat.figure(0L));
    }

    @Test
    void decimalsUseACommaAndRoundHalfUp() {
        assertEquals("99,02", VnFormat.decimal(new BigDecimal("99.024"), 2));
        assertEquals("99,03", VnFormat.decimal(new BigDecimal("99.025"), 2));
        assertEquals("1.234,5", VnFormat.decimal(new BigDecimal("1234.5"), 1));
        assertEquals("-0,50", VnFormat.decimal(new BigDecimal("-0.5"), 2));
        assertEquals("7", VnFormat.decimal(new BigDecimal("7.2"), 0));
    }

    @Test
    void percentHasASpaceBeforeTheSign() {
        assertEquals("99,02 %", VnFormat.percent(new BigDecimal("99.02"), 2));
        assertEquals("100 %", VnFormat.percent(new BigDecimal("100"), 0));
    }

    @Test
    void datesAreDayMonthYear() {
        assertEquals("09/12/2023", VnFormat.date(LocalDate.of(2023, 12, 9)));
        assertEquals("05/03/2020", VnFormat.date(LocalDate.of(2020, 3, 5)));
    }

    @Test
    void writtenDatesFollowDecree30LeadingZeros() {
        assertEquals("ngày 10 tháng 12 năm 2023", VnFormat.dateText(LocalDate.of(2023, 12, 10)));
        assertEquals("ngày 05 tháng 02 năm 2024", VnFormat.dateText(LocalDate.of(2024, 2, 5)));
        assertEquals("ngày 09 tháng 01 năm 2024", VnFormat.dateText(LocalDate.of(2024, 1, 9)));
        assertEquals("ngày 06 tháng 3 năm 2023", VnFormat.dateText(LocalDate.of(2023, 3, 6)));
        assertEquals("ngày 31 tháng 10 năm 2023", VnFormat.dateText(LocalDate.of(2023, 10, 31)));
    }
}
