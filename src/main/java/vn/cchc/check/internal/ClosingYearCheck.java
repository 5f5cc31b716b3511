package vn.cchc.check.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.check.Finding;
import vn.cchc.check.Severity;

/**
 * The closing sentence of an annual report announces "nhiệm vụ … trọng tâm năm <next year>", matching heading IV
 * (generated from the period). Narrative is carried over from last year's report, so the year is easily left
 * stale; Liên Mạc 2023 says "trọng tâm năm 2023" where IV reads "TRỌNG TÂM NĂM 2024". Only annual periods: other
 * kinds announce the next quarter or half-year in words this simple rule does not read.
 */
@Component
@Order(50)
class ClosingYearCheck implements Check {

    static final String RULE = "CLOSING_YEAR";
    private static final Pattern FOCUS_YEAR = Pattern.compile(
            "nhiệm\\s+vụ[^.;]{0,80}?trọng\\s+tâm\\s+năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private final CheckTexts texts;

    ClosingYearCheck(CheckTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<Finding> run(CheckContext context) {
        String closing = context.narrative().get("CLOSING");
        if (closing == null || !"YEAR".equals(context.report().periodKind())) return List.of();
        int expected = context.report().year() + 1;
        Matcher m = FOCUS_YEAR.matcher(closing);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != expected) {
                return List.of(new Finding(
                        RULE,
                        Severity.WARNING,
                        texts.text(
                                "check.closing.year",
                                m.group().replaceAll("\\s+", " "),
                                context.report().periodTitle(),
                                String.valueOf(expected)),
                        Links.narrative(context.report().id(), "CLOSING")));
            }
        }
        return List.of();
    }
}
