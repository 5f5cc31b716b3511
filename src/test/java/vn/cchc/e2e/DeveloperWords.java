package vn.cchc.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What a Vietnamese user must never read: enum names, codes, ISO dates, booleans, JSON, English technical words.
 * Looks at the visible text of the page and at the labels a screen reader reads (title, aria-label, placeholder).
 */
final class DeveloperWords {

    private static final Pattern WORDS = Pattern.compile(
            "\\b(confirmWarnings|CREATE|UPDATE|DELETE|IMPORT|SUBMIT|SIGN|ACCEPT|RETURN|WITHDRAW|DRAFT|SUBMITTED|SIGNED|"
                    + "ACCEPTED|RETURNED|OWN|ALL|COMMUNE|DISTRICT|PROVINCE|CLERK|CHAIRMAN|REVIEWER|ADMIN|UNIT|GROUP|"
                    + "true|false|null|undefined|NaN|system|byte|bytes|Exception|Whitelabel|Not Found|Forbidden|"
                    + "Internal Server Error|DossierStatistics|IssuedDocument|Report|Task|NarrativeSection)\\b"
                    + "|\\b\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?\\b" // ISO dates
                    + "|\\[\"[^\"]*\"\\]|\\{\"[a-zA-Z]+\":" // JSON
                    + "|\\bbao-cao-\\d+-v\\d+\\b" // old file names
                    + "|(?<![:\\w])\\b[0-9a-f]{64}\\b"); // a bare hash: must carry a label (see below)

    private DeveloperWords() {}

    static List<String> find(String page, WebDriver driver) {
        List<String> found = new ArrayList<>();
        String text = driver.findElement(By.tagName("body")).getText();
        scan(page, text, found);
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) ((JavascriptExecutor) driver)
                .executeScript("return Array.from(document.querySelectorAll('[title],[aria-label],[placeholder]'))"
                        + ".map(e => (e.getAttribute('title')||'') + ' ' + (e.getAttribute('aria-label')||'') + ' '"
                        + " + (e.getAttribute('placeholder')||''))");
        for (String l : labels) scan(page + " (nhãn)", l, found);
        return found;
    }

    static void scan(String page, String text, List<String> found) {
        Matcher m = WORDS.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 40);
            int to = Math.min(text.length(), m.end() + 40);
            String around = text.substring(from, to).replace('\n', ' ');
            if (labelledHash(m.group(), around)) continue;
            found.add(page + ": «" + m.group() + "» in «" + around + "»");
        }
    }

    /** A SHA-256 is fine when the page says what it is. */
    private static boolean labelledHash(String match, String around) {
        return match.length() == 64 && around.contains("SHA-256");
    }
}
