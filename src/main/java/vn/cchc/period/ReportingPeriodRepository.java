package vn.cchc.period;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    List<ReportingPeriod> findAllByOrderByWindowEndDescTitle();

    List<ReportingPeriod> findByYear(int year);

    List<ReportingPeriod> findByScheduleUnitIdAndKindAndWindowStartAndWindowEnd(
            Long scheduleUnitId, PeriodKind kind, LocalDate windowStart, LocalDate windowEnd);

    List<ReportingPeriod> findByOpenedAtIsNotNullOrderByDeadline();
}
