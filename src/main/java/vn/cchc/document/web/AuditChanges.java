package vn.cchc.document.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.cchc.shared.AuditEntryView;
import vn.cchc.shared.Messages;
import vn.cchc.shared.VnFormat;

/**
 * Reads an audit entry's before/after JSON as the list of changed fields ("summary: a → b") for the record pages
 * ({@code @auditChanges.of(entry)} in Thymeleaf), every value as a user reads it: dates dd/MM/yyyy, codes by their
 * Vietnamese names, yes/no, lists joined. Technical fields (id, version) are left out.
 */
@Component("auditChanges")
public class AuditChanges {

    private static final Set<String> SKIP = Set.of("id", "version", "orgUnitId", "typeLabel");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The message prefix naming a coded field's values. */
    private static final Map<String, String> CODES =
            Map.of("issuerKind", "document.issuerKind.", "docType", "document.type.", "status", "task.status.");

    private final ObjectMapper json;
    private final Messages messages;
    private final VnFormat fmt;

    AuditChanges(ObjectMapper json, MessageSource messages, VnFormat fmt) {
        this.json = json;
        this.messages = new Messages(messages);
        this.fmt = fmt;
    }

    public List<Change> of(AuditEntryView e) {
        JsonNode before = parse(e.before());
        JsonNode after = parse(e.after());
        Set<String> fields = new LinkedHashSet<>();
        if (before != null) before.propertyNames().forEach(fields::add);
        if (after != null) after.propertyNames().forEach(fields::add);
        List<Change> out = new ArrayList<>();
        for (String f : fields) {
            if (SKIP.contains(f)) continue;
            String b = text(before, f);
            String a = text(after, f);
            if (!Objects.equals(a, b)) out.add(new Change(label(f), b, a));
        }
        return out;
    }

    /** @param field the field's Vietnamese name */
    public record Change(String field, String before, String after) {}

    private String label(String field) {
        return messages.textOr("records.field." + field, messages.text("records.field.other"));
    }

    private String text(JsonNode n, String field) {
        if (n == null || !n.has(field) || n.get(field).isNull()) return null;
        return value(field, n.get(field));
    }

    private String value(String field, JsonNode v) {
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(value(field, x)));
            return parts.isEmpty() ? null : String.join(", ", parts);
        }
        if (v.isBoolean()) return messages.text(v.asBoolean() ? "records.value.yes" : "records.value.no");
        if (v.isNumber()) return fmt.number(v.numberValue());
        if (!v.isValueNode()) return messages.text("records.value.complex");
        String s = v.asText();
        if (ISO_DATE.matcher(s).matches()) {
            try {
                return fmt.date(LocalDate.parse(s));
            } catch (DateTimeParseException ignored) {
                return s;
            }
        }
        String prefix = CODES.get(field);
        return prefix == null ? s : messages.textOr(prefix + s, s);
    }

    private JsonNode parse(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return json.readTree(s);
        } catch (RuntimeException ex) {
            return null;
        }
    }
}
