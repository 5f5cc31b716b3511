package vn.cchc.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How far a deadline is, in words a clerk reads before submitting ({@code @deadlines.left(date)} in pages):
 * «còn 3 ngày», «hạn nộp là hôm nay», «quá hạn 2 ngày». Days are counted in Vietnam's time zone.
 */
@Component("deadlines")
public class Deadlines {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final Messages messages;
    private final Clock clock;

    @Autowired
    Deadlines(MessageSource messages) {
        this(messages, Clock.system(VIETNAM));
    }

    Deadlines(MessageSource messages, Clock clock) {
        this.messages = new Messages(messages);
        this.clock = clock;
    }

    /** Whole days from today to the deadline: negative once it has passed. */
    public long daysLeft(LocalDate deadline) {
        return ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(VIETNAM)), deadline);
    }

    public String left(LocalDate deadline) {
        if (deadline == null) return "";
        long days = daysLeft(deadline);
        String key = days > 0 ? "deadline.left" : days == 0 ? "deadline.today" : "deadline.overdue";
        return messages.text(key, Math.abs(days));
    }

    /** Bootstrap badge colour: grey while more than a week is left, amber in the last week, red once overdue. */
    public String badge(LocalDate deadline) {
        if (deadline == null) return "text-bg-secondary";
        long days = daysLeft(deadline);
        return days < 0 ? "text-bg-danger" : days <= 7 ? "text-bg-warning" : "text-bg-secondary";
    }
}
