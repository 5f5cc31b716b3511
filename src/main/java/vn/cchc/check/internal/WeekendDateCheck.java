package vn.cchc.check.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.check.Finding;
import vn.cchc.check.Severity;

/**
 * A commune's documents are rarely signed on a Saturday or Sunday, so a weekend date is often a typo (Liên Mạc:
 * 36/KH-UBND "30/12/2023", a Saturday, probably 30/12/2022). Not an error by itself (offices do work some
 * weekends): a note on the unit's own documents of the report and on the report date.
 */
@Component
@Order(60)
class WeekendDateCheck implements Check {

    static final String RULE = "WEEKEND_DATE";
    private final CheckTexts texts;

    WeekendDateCheck(CheckTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<Finding> run(CheckContext context) {
        long reportId = context.report().id();
        List<Finding> findings = new ArrayList<>();
        LocalDate reportDate = context.report().reportDate();
        if (weekend(reportDate)) {
            findings.add(new Finding(
                    RULE,
                    Severity.INFO,
                    texts.text("check.weekend.report", texts.date(reportDate), day(reportDate)),
                    "/reports/" + reportId));
        }
        context.reportDocuments().stream()
                .filter(d -> d.own() && weekend(d.issuedOn()))
                .forEach(d -> findings.add(new Finding(
                        RULE,
                        Severity.INFO,
                        texts.text("check.weekend.document", texts.document(d), day(d.issuedOn())),
                        Links.document(reportId, d.id()))));
        return findings;
    }

    private static boolean weekend(LocalDate day) {
        return day != null && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
    }

    private String day(LocalDate day) {
        return texts.text("check.weekday." + day.getDayOfWeek().name());
    }
}
