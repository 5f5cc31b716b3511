package vn.cchc.document.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.cchc.shared.AuditEntryView;

/**
 * Reads an audit entry's before/after JSON as the list of changed fields ("summary: a → b") for the record pages
 * ({@code @auditChanges.of(entry)} in Thymeleaf). Technical fields (id, version) are left out.
 */
@Component("auditChanges")
public class AuditChanges {

    private static final Set<String> SKIP = Set.of("id", "version", "orgUnitId", "typeLabel");
    private final ObjectMapper json;

    AuditChanges(ObjectMapper json) {
        this.json = json;
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
            if (!Objects.equals(a, b)) out.add(new Change(f, b, a));
        }
        return out;
    }

    public record Change(String field, String before, String after) {
    }

    private JsonNode parse(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return json.readTree(s);
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        if (n == null || !n.has(field) || n.get(field).isNull()) return null;
        JsonNode v = n.get(field);
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
