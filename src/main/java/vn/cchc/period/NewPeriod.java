package vn.cchc.period;

import java.time.LocalDate;

/** What it takes to create a period; {@code reportKindId} null means the CCHC report. */
public record NewPeriod(
        Long scheduleUnitId,
        PeriodKind kind,
        String title,
        Integer year,
        LocalDate windowStart,
        LocalDate windowEnd,
        LocalDate deadline,
        Long reportKindId) {

    public NewPeriod(
            Long scheduleUnitId,
            PeriodKind kind,
            String title,
            Integer year,
            LocalDate windowStart,
            LocalDate windowEnd,
            LocalDate deadline) {
        this(scheduleUnitId, kind, title, year, windowStart, windowEnd, deadline, null);
    }
}
