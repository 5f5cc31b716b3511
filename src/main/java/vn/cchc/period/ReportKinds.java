package vn.cchc.period;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ValidationFailedException;

/** The report kinds: the CCHC report (default of every period), the procedure-control report, and any added. */
@Service
@Transactional(readOnly = true)
public class ReportKinds {

    public static final String DEFAULT_CODE = "CCHC";
    private final ReportKindRepository kinds;
    private final AuditTrail audit;

    ReportKinds(ReportKindRepository kinds, AuditTrail audit) {
        this.kinds = kinds;
        this.audit = audit;
    }

    public List<ReportKind> all() {
        return kinds.findAllByOrderByCode();
    }

    public Optional<ReportKind> find(long id) {
        return kinds.findById(id);
    }

    /** The period's kind, the CCHC report when it names none. */
    public ReportKind of(ReportingPeriod period) {
        return (period.getReportKindId() == null ? Optional.<ReportKind>empty() : kinds.findById(period.getReportKindId()))
                .or(() -> kinds.findByCode(DEFAULT_CODE)).orElseThrow();
    }

    @Transactional
    public ReportKind add(String code, String name, String summaryLine, String outline, String emptySection) {
        List<FieldViolation> errors = new ArrayList<>();
        if (code == null || !code.strip().matches("[A-Z0-9_]{2,40}")) {
            errors.add(new FieldViolation("code", "Mã loại báo cáo: 2–40 ký tự chữ in hoa không dấu, chữ số, dấu gạch dưới."));
        } else if (kinds.findByCode(code.strip()).isPresent()) {
            errors.add(new FieldViolation("code", "Mã loại báo cáo: đã có loại dùng mã này."));
        }
        if (name == null || name.isBlank()) errors.add(new FieldViolation("name", "Tên loại báo cáo: bắt buộc."));
        if (summaryLine == null || summaryLine.isBlank()) {
            errors.add(new FieldViolation("summaryLine", "Trích yếu: bắt buộc, ví dụ «Kết quả công tác cải cách hành chính»."));
        }
        if (outline == null || outline.isBlank()) {
            errors.add(new FieldViolation("outline", "Dàn ý: bắt buộc, mỗi dòng một đề mục «cấp|số|tiêu đề|mã mục»."));
        } else {
            try {
                ReportKind.parse(outline);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldViolation("outline", e.getMessage()));
            }
        }
        String empty = emptySection == null || emptySection.isBlank() ? "NOTE" : emptySection.strip();
        if (!empty.equals("NOTE") && !empty.equals("OMIT")) {
            errors.add(new FieldViolation("emptySection", "Mục không có nội dung: NOTE (ghi «Không phát sinh.») hoặc OMIT (bỏ mục)."));
        }
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        ReportKind k = kinds.save(new ReportKind(code.strip(), name.strip(), summaryLine.strip(), outline.strip(),
                "bao-cao-cchc.docx", empty));
        audit.record(AuditEvent.of("CREATE", "ReportKind", k.getId(), null, Map.of("code", k.getCode(), "name", k.getName())));
        return k;
    }
}
