package vn.cchc.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What changed between two composed contents (the {@code content_json} of two signed versions): every leaf
 * that was added, removed or changed, grouped by its top-level section. Lists of records are matched by their
 * natural key (number and symbol, code, key, id) when they have one, so inserting a document does not make every
 * following one look changed.
 */
@Component
public class ContentDiff {

    private static final List<String> NATURAL_KEYS =
            List.of("numberSymbol", "code", "key", "id", "sectionCode", "label");
    private final ObjectMapper json;

    public ContentDiff(ObjectMapper json) {
        this.json = json;
    }

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /** {@code section} is the top-level key ("header", "documents"…); {@code path} the rest, dot-separated. */
    public record Change(Kind kind, String section, String path, String before, String after) {

        /** The record a change belongs to within a list ("36/KH-UBND"), or empty. */
        public String item() {
            int open = path.indexOf('[');
            int close = path.indexOf(']', open + 1);
            return open < 0 || close < 0 ? "" : path.substring(open + 1, close);
        }

        /** The changed field's name, the last part of the path ("summary"), or empty. */
        public String field() {
            String rest = path.contains("]") ? path.substring(path.lastIndexOf(']') + 1) : path;
            int dot = rest.lastIndexOf('.');
            return dot < 0 ? rest : rest.substring(dot + 1);
        }
    }

    public List<Change> diff(String beforeJson, String afterJson) {
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        flatten("", json.readTree(beforeJson), before);
        flatten("", json.readTree(afterJson), after);
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        Map<String, Change> wholeRecords = new LinkedHashMap<>();
        for (String path : paths) {
            String b = before.get(path);
            String a = after.get(path);
            if (Objects.equals(b, a)) continue;
            Kind kind = b == null ? Kind.ADDED : a == null ? Kind.REMOVED : Kind.CHANGED;
            int dot = path.indexOf('.');
            String section = dot < 0 ? path : path.substring(0, dot);
            String rest = dot < 0 ? "" : path.substring(dot + 1);
            String record = recordPrefix(path);
            if (kind != Kind.CHANGED && record != null && !hasPrefix(kind == Kind.ADDED ? before : after, record)) {
                // A whole record (a document, a row) came or went: one line with its values, not one per field.
                String value = kind == Kind.ADDED ? a : b;
                Change merged = wholeRecords.get(record);
                String joined =
                        merged == null ? value : (kind == Kind.ADDED ? merged.after() : merged.before()) + "; " + value;
                Change c = new Change(
                        kind,
                        section,
                        record.substring(section.length() + 1),
                        kind == Kind.REMOVED ? joined : null,
                        kind == Kind.ADDED ? joined : null);
                if (merged == null) changes.add(c);
                else changes.set(changes.indexOf(merged), c);
                wholeRecords.put(record, c);
                continue;
            }
            changes.add(new Change(kind, section, rest, b, a));
        }
        return changes;
    }

    /** "documents.[36/KH-UBND]" for a leaf inside a list item, else null. */
    private static String recordPrefix(String path) {
        int close = path.indexOf(']');
        return close < 0 || path.indexOf('[') < 0 ? null : path.substring(0, close + 1);
    }

    private static boolean hasPrefix(Map<String, String> leaves, String prefix) {
        return leaves.keySet().stream().anyMatch(p -> p.startsWith(prefix));
    }

    /** A value as the page shows it: ISO dates as dd/MM/yyyy, the rest as stored. */
    public static String display(String value) {
        if (value == null) return null;
        return ISO_DATE.matcher(value).replaceAll("$3/$2/$1");
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node == null || node.isNull() || node.isMissingNode()) return;
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties())
                flatten(join(prefix, e.getKey()), e.getValue(), out);
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode item : node) {
                flatten(join(prefix, "[" + keyOf(item, i) + "]"), item, out);
                i++;
            }
        } else {
            String text = node.isString() ? node.asString() : node.toString();
            if (!text.isEmpty()) out.put(prefix, text);
        }
    }

    private static String keyOf(JsonNode item, int index) {
        if (item.isObject()) {
            for (String k : NATURAL_KEYS) {
                JsonNode v = item.get(k);
                if (v != null && !v.isNull() && !v.isContainer()) return v.isString() ? v.asString() : v.toString();
            }
        }
        return String.valueOf(index + 1);
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }
}
