package vn.cchc.period;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.rendering.DocxReportRenderer;
import vn.cchc.rendering.RenderingException;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.ValidationFailedException;

/** The report kinds: the CCHC report (default of every period), the procedure-control report, and any added. */
@Service
@Transactional(readOnly = true)
public class ReportKinds {

    public static final String DEFAULT_CODE = "CCHC";
    private final ReportKindRepository kinds;
    private final AuditTrail audit;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final long maxTemplateBytes;

    ReportKinds(
            ReportKindRepository kinds,
            AuditTrail audit,
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${cchc.report-kind.template-max-bytes:2097152}") long maxTemplateBytes) {
        this.kinds = kinds;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxTemplateBytes = maxTemplateBytes;
    }

    public ReportKind get(long id) {
        return kinds.findById(id).orElseThrow(() -> new NotFoundException("error.reportKind.notFound", id));
    }

    /** The administrator's uploaded template of the kind, if any (read apart, so listing kinds never loads it). */
    public Optional<byte[]> uploadedTemplate(long kindId) {
        return jdbc
                .query(
                        "select template_docx from report_kind where id = ? and template_docx is not null",
                        (rs, i) -> rs.getBytes(1),
                        kindId)
                .stream()
                .findFirst();
    }

    /**
     * An administrator's Word template for the kind: at most {@code cchc.report-kind.template-max-bytes}, a real DOCX
     * the renderer accepts (known placeholders, the styles, ${body} and ${appendix} once) showing the placeholders
     * the report needs; otherwise 422 naming the rule, and the kind keeps its template.
     */
    @Transactional
    public ReportKind uploadTemplate(long kindId, String fileName, byte[] docx) {
        ReportKind kind = get(kindId);
        String problem = templateProblem(docx);
        if (problem != null) throw new ValidationFailedException(List.of(new FieldViolation("template", problem)));
        String name = fileName == null || fileName.isBlank()
                ? kind.getCode().toLowerCase() + ".docx"
                : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        if (name.length() > 200) name = name.substring(name.length() - 200);
        String before = kind.getTemplate();
        kind.uploadedTemplate(name, clock.instant());
        kinds.saveAndFlush(kind);
        jdbc.update("update report_kind set template_docx = ? where id = ?", docx, kindId);
        audit.record(AuditEvent.of(
                "UPDATE",
                "ReportKind",
                kindId,
                Map.of("template", before),
                Map.of("template", name, "bytes", docx.length)));
        return kind;
    }

    private String templateProblem(byte[] docx) {
        if (docx == null || docx.length == 0) return "Mẫu Word: hãy chọn tệp .docx.";
        if (docx.length > maxTemplateBytes) {
            return "Mẫu Word: tệp quá lớn (" + docx.length / 1024 + " KB), tối đa " + maxTemplateBytes / 1024 + " KB.";
        }
        if (docx.length < 4 || docx[0] != 0x50 || docx[1] != 0x4b) {
            return "Mẫu Word: tệp không phải tài liệu Word .docx; hãy lưu mẫu trong Word dạng «Word Document (.docx)».";
        }
        try {
            List<String> missing = DocxReportRenderer.missingPlaceholders(docx);
            if (!missing.isEmpty()) {
                return "Mẫu Word: thiếu các chỗ điền "
                        + missing.stream().map(n -> "${" + n + "}").collect(Collectors.joining(", "))
                        + " (xem docs/rendering.md).";
            }
            return null;
        } catch (RenderingException e) {
            return "Mẫu Word: không dùng được làm mẫu báo cáo (" + e.getMessage()
                    + "). Hãy sửa từ mẫu mặc định tải về.";
        }
    }

    public List<ReportKind> all() {
        return kinds.findAllByOrderByCode();
    }

    public Optional<ReportKind> find(long id) {
        return kinds.findById(id);
    }

    /** The period's kind, the CCHC report when it names none. */
    public ReportKind of(ReportingPeriod period) {
        return (period.getReportKindId() == null
                        ? Optional.<ReportKind>empty()
                        : kinds.findById(period.getReportKindId()))
                .or(() -> kinds.findByCode(DEFAULT_CODE))
                .orElseThrow();
    }

    @Transactional
    public ReportKind add(String code, String name, String summaryLine, String outline, String emptySection) {
        List<FieldViolation> errors = new ArrayList<>();
        if (code == null || !code.strip().matches("[A-Z0-9_]{2,40}")) {
            errors.add(new FieldViolation(
                    "code", "Mã loại báo cáo: 2–40 ký tự chữ in hoa không dấu, chữ số, dấu gạch dưới."));
        } else if (kinds.findByCode(code.strip()).isPresent()) {
            errors.add(new FieldViolation("code", "Mã loại báo cáo: đã có loại dùng mã này."));
        }
        if (name == null || name.isBlank()) errors.add(new FieldViolation("name", "Tên loại báo cáo: bắt buộc."));
        if (summaryLine == null || summaryLine.isBlank()) {
            errors.add(new FieldViolation(
                    "summaryLine", "Trích yếu: bắt buộc, ví dụ «Kết quả công tác cải cách hành chính»."));
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
            errors.add(new FieldViolation(
                    "emptySection", "Mục không có nội dung: NOTE (ghi «Không phát sinh.») hoặc OMIT (bỏ mục)."));
        }
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        ReportKind k = kinds.save(new ReportKind(
                code.strip(), name.strip(), summaryLine.strip(), outline.strip(), "bao-cao-cchc.docx", empty));
        audit.record(AuditEvent.of(
                "CREATE", "ReportKind", k.getId(), null, Map.of("code", k.getCode(), "name", k.getName())));
        return k;
    }
}
