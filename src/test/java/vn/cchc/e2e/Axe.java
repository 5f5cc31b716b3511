package vn.cchc.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (src/test/resources/axe/axe.min.js, npm {@code axe-core} 4.14.1, MPL-2.0, licence beside it) on the
 * page the browser shows: WCAG 2.0/2.1 A and AA plus best practice. Returns the violations, one line per rule and
 * page, most severe first.
 */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private static final String SOURCE = load();

    /** One broken rule on one page: impact (critical, serious, moderate, minor), rule id, help, offending nodes. */
    record Violation(String page, String impact, String rule, String help, int nodes, List<String> targets) {
        boolean blocking() {
            return "critical".equals(impact) || "serious".equals(impact);
        }

        @Override
        public String toString() {
            return impact + " " + rule + " ×" + nodes + " on " + page + ": " + help + " " + targets;
        }
    }

    private Axe() {}

    @SuppressWarnings("unchecked")
    static List<Violation> run(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) js.executeScript(SOURCE);
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(function (r) { done(r.violations.map(function (v) {
                    return {impact: v.impact || 'minor', id: v.id, help: v.help, nodes: v.nodes.length,
                            targets: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); })};
                  })); })
                  .catch(function (e) { done([{impact: 'critical', id: 'axe-error', help: String(e), nodes: 0, targets: []}]); });
                """, TAGS);
        List<Violation> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            out.add(new Violation(
                    page,
                    (String) v.get("impact"),
                    (String) v.get("id"),
                    (String) v.get("help"),
                    ((Number) v.get("nodes")).intValue(),
                    (List<String>) v.get("targets")));
        }
        return out;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) throw new IllegalStateException("axe/axe.min.js missing from the test resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
