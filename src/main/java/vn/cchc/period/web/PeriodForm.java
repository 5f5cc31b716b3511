package vn.cchc.period.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.cchc.period.NewPeriod;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;

/** The admin's new-period form; rules are checked by {@link Periods#create}. */
public class PeriodForm {

    private Long scheduleUnitId;
    private PeriodKind kind;
    private String title;
    private Integer year;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate windowStart;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate windowEnd;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate deadline;

    private Long reportKindId;

    NewPeriod toNewPeriod() {
        return new NewPeriod(scheduleUnitId, kind, title, year, windowStart, windowEnd, deadline, reportKindId);
    }

    public Long getScheduleUnitId() {
        return scheduleUnitId;
    }

    public void setScheduleUnitId(Long v) {
        scheduleUnitId = v;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public void setKind(PeriodKind v) {
        kind = v;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String v) {
        title = v;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer v) {
        year = v;
    }

    public LocalDate getWindowStart() {
        return windowStart;
    }

    public void setWindowStart(LocalDate v) {
        windowStart = v;
    }

    public LocalDate getWindowEnd() {
        return windowEnd;
    }

    public void setWindowEnd(LocalDate v) {
        windowEnd = v;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate v) {
        deadline = v;
    }

    public Long getReportKindId() {
        return reportKindId;
    }

    public void setReportKindId(Long v) {
        reportKindId = v;
    }
}
