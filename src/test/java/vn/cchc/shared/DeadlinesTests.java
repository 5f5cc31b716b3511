package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** «còn 3 ngày» / «hạn nộp là hôm nay» / «quá hạn 2 ngày», counted in Vietnam's days (UTC evening is the next day). */
class DeadlinesTests {

    final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    {
        messages.setBasename("i18n/ux");
        messages.setDefaultEncoding("UTF-8");
    }
    // 12/12/2023 18:00 UTC is already 13/12/2023 01:00 in Hà Nội
    final Deadlines deadlines =
            new Deadlines(messages, Clock.fixed(Instant.parse("2023-12-12T18:00:00Z"), ZoneId.of("UTC")));

    @Test
    void daysAreCountedInVietnamAndSaidInVietnamese() {
        assertThat(deadlines.left(LocalDate.of(2023, 12, 16))).isEqualTo("còn 3 ngày");
        assertThat(deadlines.left(LocalDate.of(2023, 12, 13))).isEqualTo("hạn nộp là hôm nay");
        assertThat(deadlines.left(LocalDate.of(2023, 12, 11))).isEqualTo("quá hạn 2 ngày");
        assertThat(deadlines.badge(LocalDate.of(2023, 12, 11))).isEqualTo("text-bg-danger");
        assertThat(deadlines.badge(LocalDate.of(2023, 12, 16))).isEqualTo("text-bg-warning");
    }
}
