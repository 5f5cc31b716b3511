package vn.cchc.check;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.account.CurrentUser;
import vn.cchc.account.Role;
import vn.cchc.report.Report;
import vn.cchc.report.Reports;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ForbiddenException;
import vn.cchc.shared.ValidationFailedException;

/**
 * Giải trình: the clerk explains a finding that states an unchangeable fact; an explained finding no longer blocks
 * submission and the chairman and the office read the explanation beside it. The arithmetic of the Biểu 06, the
 * parts that must add up and broken narrative tokens can only be fixed, never explained.
 */
@Service
public class FindingExplanations {

    /** Rules whose findings can never be explained away. */
    public static final Set<String> HARD = Set.of("DOSSIER_ARITHMETIC", "FIGURE_PARTS", "NARRATIVE_TOKEN");

    static final int MAX_LENGTH = 1000;

    private final JdbcTemplate jdbc;
    private final Reports reports;
    private final ReportChecks checks;
    private final AuditTrail audit;

    FindingExplanations(JdbcTemplate jdbc, Reports reports, ReportChecks checks, AuditTrail audit) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.checks = checks;
        this.audit = audit;
    }

    /** An explanation as the pages show it. */
    public record Explanation(String rule, String message, String text, String author, Instant at) {}

    public static boolean explainable(Finding f) {
        return f.severity() != Severity.INFO && !HARD.contains(f.rule());
    }

    /** The report's explanations, keyed by {@link #key(String, String)}. */
    public Map<String, Explanation> forReport(long reportId) {
        Map<String, Explanation> out = new LinkedHashMap<>();
        jdbc.query(
                """
                select e.rule, e.message, e.explanation, coalesce(u.full_name, e.author), e.explained_at
                from finding_explanation e left join user_account u on u.username = e.author
                where e.report_id = ? order by e.id""",
                rs -> {
                    Explanation x = new Explanation(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getTimestamp(5).toInstant());
                    out.put(key(x.rule(), x.message()), x);
                },
                reportId);
        return out;
    }

    public static String key(String rule, String message) {
        return rule + "\n" + message;
    }

    /** The clerk of the report's unit explains a finding the checks report now (or replaces the explanation). */
    @Transactional
    public void explain(CurrentUser user, long reportId, String rule, String message, String text) {
        Report r = clerkReport(user, reportId);
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) throw invalid("Giải trình: bắt buộc, hãy ghi một câu nêu lý do không sửa được.");
        if (t.length() > MAX_LENGTH) throw invalid("Giải trình: tối đa " + MAX_LENGTH + " ký tự.");
        Finding f = checks.run(reportId).stream()
                .filter(x -> x.rule().equals(rule) && x.message().equals(message))
                .findFirst()
                .orElseThrow(() -> invalid(
                        "Giải trình: kết quả kiểm tra này không còn (bản ghi đã được sửa); hãy chạy kiểm tra lại."));
        if (!explainable(f)) {
            throw invalid("Giải trình: lỗi này phải được sửa, không thể giải trình (số liệu phải khớp nhau).");
        }
        jdbc.update("""
                insert into finding_explanation (report_id, rule, message, explanation, author)
                values (?, ?, ?, ?, ?)
                on conflict (report_id, rule, message)
                do update set explanation = excluded.explanation, author = excluded.author, explained_at = now()""", reportId, rule, message, t, user.username());
        audit.record(AuditEvent.of(
                        "UPDATE", "FindingExplanation", reportId, null, Map.of("finding", message, "explanation", t))
                .forReport(reportId, r.getOrgUnitId()));
    }

    /** The clerk takes an explanation back: the finding blocks again. */
    @Transactional
    public void remove(CurrentUser user, long reportId, String rule, String message) {
        Report r = clerkReport(user, reportId);
        int n = jdbc.update(
                "delete from finding_explanation where report_id = ? and rule = ? and message = ?",
                reportId,
                rule,
                message);
        if (n > 0) {
            audit.record(AuditEvent.of("DELETE", "FindingExplanation", reportId, Map.of("finding", message), null)
                    .forReport(reportId, r.getOrgUnitId()));
        }
    }

    private Report clerkReport(CurrentUser user, long reportId) {
        Report r = reports.requireEditable(user, reportId);
        if (user.role() != Role.CLERK || !r.getOrgUnitId().equals(user.unitId())) {
            throw new ForbiddenException("checks.explain.forbidden");
        }
        return r;
    }

    private static ValidationFailedException invalid(String message) {
        return new ValidationFailedException(List.of(new FieldViolation("explanation", message)));
    }
}
