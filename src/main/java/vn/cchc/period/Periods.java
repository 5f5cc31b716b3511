package vn.cchc.period;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.ValidationFailedException;

@Service
@Transactional(readOnly = true)
public class Periods {

    private final ReportingPeriodRepository periods;
    private final AuditTrail audit;
    private final ReportKinds kinds;
    private final ApplicationEventPublisher events;

    Periods(ReportingPeriodRepository periods, AuditTrail audit, ReportKinds kinds, ApplicationEventPublisher events) {
        this.periods = periods;
        this.audit = audit;
        this.kinds = kinds;
        this.events = events;
    }

    public ReportingPeriod get(long id) {
        return periods.findById(id).orElseThrow(() -> new NotFoundException("error.period.notFound", id));
    }

    /** Several periods in one read (a list of reports names each period once), by id. */
    public Map<Long, ReportingPeriod> byIds(Collection<Long> ids) {
        return periods.findAllById(ids).stream().collect(Collectors.toMap(ReportingPeriod::getId, Function.identity()));
    }

    public List<ReportingPeriod> all() {
        return periods.findAllByOrderByWindowEndDescTitle();
    }

    public List<ReportingPeriod> ofYear(int year) {
        return periods.findByYear(year);
    }

    /** Periods whose reports were opened, soonest deadline first. */
    public List<ReportingPeriod> opened() {
        return periods.findByOpenedAtIsNotNullOrderByDeadline();
    }

    /**
     * Creates the period and opens it: {@link PeriodOpened} makes the reports of every unit it applies to, in the
     * same transaction. 409 when the scheduling unit already has a period of this kind with this window.
     */
    @Transactional
    public ReportingPeriod createAndOpen(NewPeriod n) {
        if (n.scheduleUnitId() != null
                && n.kind() != null
                && n.windowStart() != null
                && n.windowEnd() != null
                && !periods.findByScheduleUnitIdAndKindAndWindowStartAndWindowEnd(
                                n.scheduleUnitId(), n.kind(), n.windowStart(), n.windowEnd())
                        .isEmpty()) {
            throw new ConflictException("commune.error.periodExists");
        }
        ReportingPeriod p = create(n);
        return open(p.getId());
    }

    /** Opens the period (again): only the missing reports are created, so it is safe to repeat. */
    @Transactional
    public ReportingPeriod open(long periodId) {
        ReportingPeriod p = get(periodId);
        p.markOpened(Instant.now());
        events.publishEvent(new PeriodOpened(p.getId()));
        return p;
    }

    @Transactional
    public ReportingPeriod create(NewPeriod n) {
        List<FieldViolation> errors = new ArrayList<>();
        if (n.scheduleUnitId() == null)
            errors.add(new FieldViolation("scheduleUnitId", "Tỉnh ban hành lịch báo cáo: bắt buộc."));
        if (n.kind() == null) errors.add(new FieldViolation("kind", "Loại kỳ báo cáo: bắt buộc."));
        if (n.title() == null || n.title().isBlank())
            errors.add(new FieldViolation("title", "Tên kỳ báo cáo: bắt buộc, ví dụ «năm 2023»."));
        if (n.windowStart() == null) errors.add(new FieldViolation("windowStart", "Từ ngày: bắt buộc."));
        if (n.windowEnd() == null) errors.add(new FieldViolation("windowEnd", "Đến ngày: bắt buộc."));
        if (n.deadline() == null) errors.add(new FieldViolation("deadline", "Hạn nộp: bắt buộc."));
        if (n.windowStart() != null && n.windowEnd() != null && n.windowEnd().isBefore(n.windowStart())) {
            errors.add(new FieldViolation("windowEnd", "Đến ngày: phải sau hoặc bằng Từ ngày."));
        }
        if (n.windowEnd() != null && n.deadline() != null && n.deadline().isBefore(n.windowEnd())) {
            errors.add(new FieldViolation("deadline", "Hạn nộp: không được trước ngày cuối kỳ số liệu."));
        }
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        if (n.reportKindId() != null && kinds.find(n.reportKindId()).isEmpty()) {
            throw new ValidationFailedException(List.of(
                    new FieldViolation("reportKindId", "Loại báo cáo: không có loại số " + n.reportKindId() + ".")));
        }
        int year = n.year() != null ? n.year() : n.windowEnd().getYear();
        ReportingPeriod candidate = new ReportingPeriod(
                n.scheduleUnitId(), n.kind(), n.title().trim(), year, n.windowStart(), n.windowEnd(), n.deadline());
        candidate.setReportKindId(n.reportKindId());
        ReportingPeriod p = periods.save(candidate);
        audit.record(AuditEvent.of("CREATE", "ReportingPeriod", p.getId(), null, n));
        return p;
    }
}
