package vn.cchc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which module owns which tables, and a scan of Java sources for a table named outside its owner (in SQL,
 * a comment or any other text: the name alone is the leak). Plain text, so it also runs over a planted fixture.
 */
final class TableOwnership {

    /** Table → the module (first package segment under vn.cchc) that alone may name it. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("dossier_row", "dossier"),
            Map.entry("dossier_statistics", "dossier"),
            Map.entry("indicator_value", "indicator"),
            Map.entry("indicator_part", "indicator"),
            Map.entry("issued_document", "document"),
            Map.entry("issued_document_section", "document"),
            Map.entry("report_document", "document"),
            Map.entry("document_type_count", "document"),
            Map.entry("register_import_mapping", "document"),
            Map.entry("register_import_upload", "document"));

    private TableOwnership() {}

    /** "path: names table of module" for every source under {@code root} naming a table of another module. */
    static List<String> violations(Path root) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String module = moduleOf(root.relativize(file));
                String text = Files.readString(file);
                OWNERS.forEach((table, owner) -> {
                    if (!owner.equals(module)
                            && Pattern.compile("\\b" + table + "\\b")
                                    .matcher(text)
                                    .find()) {
                        out.add(root.relativize(file) + ": names " + table + " of module " + owner);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** vn/cchc/check/internal/X.java → "check"; a class of the root package belongs to no module. */
    private static String moduleOf(Path relative) {
        return relative.getNameCount() > 3
                        && relative.getName(0).toString().equals("vn")
                        && relative.getName(1).toString().equals("cchc")
                ? relative.getName(2).toString()
                : "";
    }
}
