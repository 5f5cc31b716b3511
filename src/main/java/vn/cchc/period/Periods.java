package vn.cchc.period;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.ValidationFailedException;

@Service
@Transactional(readOnly = true)
public class Periods {

    private final ReportingPeriodRepository periods;
    private final AuditTrail audit;

    Periods(ReportingPeriodRepository periods, AuditTrail audit) {
        this.periods = periods;
        this.audit = audit;
    }

    public ReportingPeriod get(long id) {
        return periods.findById(id).orElseThrow(() -> new NotFoundException("error.period.notFound", id));
    }

    public List<ReportingPeriod> all() {
        return periods.findAllByOrderByWindowEndDescTitle();
    }

    public List<ReportingPeriod> ofYear(int year) {
        return periods.findByYear(year);
    }

    @Transactional
    public ReportingPeriod create(NewPeriod n) {
        List<FieldViolation> errors = new ArrayList<>();
        if (n.scheduleUnitId() == null) errors.add(new FieldViolation("scheduleUnitId", "Tỉnh ban hành lịch báo cáo: bắt buộc."));
        if (n.kind() == null) errors.add(new FieldViolation("kind", "Loại kỳ báo cáo: bắt buộc."));
        if (n.title() == null || n.title().isBlank()) errors.add(new FieldViolation("title", "Tên kỳ báo cáo: bắt buộc, ví dụ «năm 2023»."));
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
        int year = n.year() != null ? n.year() : n.windowEnd().getYear();
        ReportingPeriod p = periods.save(new ReportingPeriod(n.scheduleUnitId(), n.kind(), n.title().trim(), year,
                n.windowStart(), n.windowEnd(), n.deadline()));
        audit.record(AuditEvent.of("CREATE", "ReportingPeriod", p.getId(), null, n));
        return p;
    }
}
