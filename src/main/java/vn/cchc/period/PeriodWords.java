package vn.cchc.period;

import java.time.LocalDate;

/**
 * What a period's fixed sentences say about the time that follows it: a quarter's report looks ahead to the next
 * quarter («quý III năm 2025»), a 6-month report to the second half («6 tháng cuối năm 2025»), a 9-month report
 * to the last quarter, an annual report to the next year («năm 2024»). The month the window ends in tells which
 * part of the year it covers (Decree 09/2019 windows end on the 14th of the period's last month; a province's
 * own window such as 10/12–09/12 ends in the same month).
 */
public final class PeriodWords {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private PeriodWords() {}

    /** «quý IV năm 2025», «6 tháng cuối năm 2025», «năm 2024», «tháng 8 năm 2025», «thời gian tới». */
    public static String next(ReportingPeriod p) {
        return next(p.getKind(), p.getWindowEnd(), p.getYear());
    }

    static String next(PeriodKind kind, LocalDate windowEnd, int year) {
        int month = windowEnd.getMonthValue();
        return switch (kind) {
            case YEAR -> "năm " + (year + 1);
            case NINE_MONTHS -> "quý IV năm " + year;
            case HALF_YEAR -> month <= 7 ? "6 tháng cuối năm " + year : "6 tháng đầu năm " + (year + 1);
            case QUARTER -> {
                int quarter = (month + 2) / 3; // the quarter the window ends in
                yield quarter == 4 ? "quý I năm " + (year + 1) : "quý " + ROMAN[quarter] + " năm " + year;
            }
            case MONTH -> month == 12 ? "tháng 01 năm " + (year + 1) : "tháng " + two(month + 1) + " năm " + year;
            case AD_HOC -> "thời gian tới";
        };
    }

    private static String two(int m) {
        return m < 10 ? "0" + m : String.valueOf(m);
    }
}
