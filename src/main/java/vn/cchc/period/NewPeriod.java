package vn.cchc.period;

import java.time.LocalDate;

public record NewPeriod(Long scheduleUnitId, PeriodKind kind, String title, Integer year, LocalDate windowStart,
                        LocalDate windowEnd, LocalDate deadline) {
}
