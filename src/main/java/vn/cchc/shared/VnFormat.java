package vn.cchc.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Vietnamese number and date conventions: 2.579, 99,02 %, 4.500.845.758, 09/12/2023. Exposed to Thymeleaf
 * as {@code @fmt}.
 */
@Component("fmt")
public class VnFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DecimalFormatSymbols SYMBOLS = symbols();

    public String number(Number value) {
        if (value == null) return "";
        DecimalFormat f = new DecimalFormat("#,##0.##", SYMBOLS);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value instanceof BigDecimal bd ? bd : new BigDecimal(value.toString()));
    }

    public String percent(Number value) {
        if (value == null) return "";
        return number(new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP)) + " %";
    }

    /** part/whole as a percentage with two decimals, or empty when it cannot be computed. */
    public String ratio(Number part, Number whole) {
        if (part == null || whole == null || whole.doubleValue() == 0) return "";
        BigDecimal p = new BigDecimal(part.toString()).multiply(BigDecimal.valueOf(100));
        return percent(p.divide(new BigDecimal(whole.toString()), 2, RoundingMode.HALF_UP));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols s = new DecimalFormatSymbols();
        s.setGroupingSeparator('.');
        s.setDecimalSeparator(',');
        return s;
    }
}
