package vn.cchc.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A report's audit trail as Vietnamese sentences for its pages ({@code @auditSentences.forReport(id)}):
 * «Nguyễn Văn A sửa Biểu 06, dòng 1, cột (4): 2.500 → 2.551». Names come from the accounts, verbs and record kinds
 * from the messages (audit.action.*, audit.entity.*); an unknown kind reads «bản ghi», never its class name.
 */
@Component("auditSentences")
public class AuditSentences {

    /** The Biểu 06 columns in the order of its (3)…(13), as the rows are stored in the audit JSON. */
    private static final String[] DOSSIER = {
        "receivedTotal",
        "receivedOnline",
        "receivedDirect",
        "receivedCarriedOver",
        "resolvedTotal",
        "resolvedEarly",
        "resolvedOnTime",
        "resolvedLate",
        "pendingTotal",
        "pendingOnTime",
        "pendingOverdue"
    };

    private static final int MAX_DETAILS = 6;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Messages messages;
    private final VnFormat fmt;

    AuditSentences(JdbcTemplate jdbc, ObjectMapper json, MessageSource messages, VnFormat fmt) {
        this.jdbc = jdbc;
        this.json = json;
        this.messages = new Messages(messages);
        this.fmt = fmt;
    }

    /** One line of the trail: when, who (full name), what happened (a sentence), the comment if any. */
    public record Line(Instant occurredAt, String who, String sentence, String comment) {}

    public List<Line> forReport(long reportId) {
        return jdbc.query(
                """
                select e.occurred_at, e.actor, u.full_name, e.action, e.entity_type, e.before_state::text,
                       e.after_state::text, e.comment
                from audit_entry e left join user_account u on u.username = e.actor
                where e.report_id = ? order by e.occurred_at desc, e.id desc""",
                (rs, i) -> {
                    String who = rs.getString(3) != null
                            ? rs.getString(3)
                            : "system".equals(rs.getString(2)) ? msg("audit.actor.system", null) : rs.getString(2);
                    return new Line(
                            rs.getTimestamp(1).toInstant(),
                            who,
                            sentence(who, rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
                            rs.getString(8));
                },
                reportId);
    }

    /** The name a page shows for an audit entry's actor: the account's full name, «Hệ thống (tự động)», or as stored. */
    public String who(String actor) {
        if (actor == null || "system".equals(actor)) return msg("audit.actor.system", null);
        List<String> names =
                jdbc.queryForList("select full_name from user_account where username = ?", String.class, actor);
        return names.isEmpty() || names.get(0) == null ? actor : names.get(0);
    }

    String sentence(String who, String action, String entity, String before, String after) {
        String verb = msg("audit.action." + action, "audit.action.other");
        String what = msg("audit.entity." + entity, "audit.entity.other");
        StringBuilder s =
                new StringBuilder(who).append(' ').append(verb).append(' ').append(what);
        if ("DossierStatistics".equals(entity)) {
            List<String> details = dossierChanges(parse(before), parse(after));
            if (!details.isEmpty()) s.append(", ").append(String.join("; ", details));
        }
        return s.toString();
    }

    private List<String> dossierChanges(JsonNode before, JsonNode after) {
        List<String> out = new ArrayList<>();
        JsonNode b = before == null ? null : before.get("rows");
        JsonNode a = after == null ? null : after.get("rows");
        int rows = Math.max(b == null ? 0 : b.size(), a == null ? 0 : a.size());
        for (int r = 0; r < rows && out.size() <= MAX_DETAILS; r++) {
            JsonNode br = b == null || r >= b.size() ? null : b.get(r);
            JsonNode ar = a == null || r >= a.size() ? null : a.get(r);
            if (br == null) {
                out.add(msg("audit.dossier.rowAdded", null, r + 1));
                continue;
            }
            if (ar == null) {
                out.add(msg("audit.dossier.rowRemoved", null, r + 1));
                continue;
            }
            for (int c = 0; c < DOSSIER.length; c++) {
                String was = number(br.get(DOSSIER[c]));
                String now = number(ar.get(DOSSIER[c]));
                if (!Objects.equals(was, now)) {
                    out.add(msg("audit.dossier.cell", null, r + 1, "(" + (c + 3) + ")", was, now));
                }
            }
        }
        if (out.size() > MAX_DETAILS) {
            int more = out.size() - MAX_DETAILS;
            out = new ArrayList<>(out.subList(0, MAX_DETAILS));
            out.add(msg("audit.more", null, more));
        }
        return out;
    }

    private String number(JsonNode n) {
        return n == null || n.isNull() ? "—" : n.isNumber() ? fmt.number(n.numberValue()) : n.asText();
    }

    private JsonNode parse(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return json.readTree(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String msg(String key, String fallbackKey, Object... args) {
        String fallback = fallbackKey == null ? key : messages.text(fallbackKey, args);
        return messages.textOr(key, fallback, args);
    }
}
