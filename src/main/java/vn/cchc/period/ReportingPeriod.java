package vn.cchc.period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** "năm 2023" of Hải Dương: data from 10/12/2022 to 09/12/2023, due 15/12/2023. */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long scheduleUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PeriodKind kind;

    @Column(nullable = false)
    private String title;

    private int year;

    @Column(nullable = false)
    private LocalDate windowStart;

    @Column(nullable = false)
    private LocalDate windowEnd;

    @Column(nullable = false)
    private LocalDate deadline;

    private Long reportKindId;

    /** When the period's reports were created; null while the period is only planned. */
    private Instant openedAt;

    @Version
    private long version;

    protected ReportingPeriod() {}

    ReportingPeriod(
            Long scheduleUnitId,
            PeriodKind kind,
            String title,
            int year,
            LocalDate windowStart,
            LocalDate windowEnd,
            LocalDate deadline) {
        this.scheduleUnitId = scheduleUnitId;
        this.kind = kind;
        this.title = title;
        this.year = year;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.deadline = deadline;
    }

    void markOpened(Instant at) {
        if (openedAt == null) openedAt = at;
    }

    void setReportKindId(Long id) {
        reportKindId = id;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(windowStart) && !day.isAfter(windowEnd);
    }

    public Long getId() {
        return id;
    }

    public Long getScheduleUnitId() {
        return scheduleUnitId;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getWindowStart() {
        return windowStart;
    }

    public LocalDate getWindowEnd() {
        return windowEnd;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Long getReportKindId() {
        return reportKindId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public boolean isOpened() {
        return openedAt != null;
    }
}
