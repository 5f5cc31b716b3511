package vn.cchc.document.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import vn.cchc.spreadsheet.SheetCell;

/**
 * Dates as registers carry them: an Excel date cell (or its serial, also typed into a CSV), {@code dd/MM/yyyy}
 * and {@code d/M/yyyy} with {@code /}, {@code -} or {@code .}, ISO {@code yyyy-MM-dd}, each optionally followed by
 * a time ("15/03/2023 08:30"). Years outside 1945–2100 are refused (a mistyped year, or a number that is not a
 * date).
 */
public final class ImportDates {

    private static final Pattern DMY =
            Pattern.compile("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$");
    private static final Pattern ISO =
            Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?)?$");
    private static final Pattern SERIAL = Pattern.compile("^\\d{5}$");

    private ImportDates() {}

    public static Optional<LocalDate> parse(SheetCell cell) {
        if (cell.number() != null) return serial(cell.number());
        String s = cell.text().strip();
        Matcher m = DMY.matcher(s);
        if (m.matches()) return date(m.group(3), m.group(2), m.group(1));
        m = ISO.matcher(s);
        if (m.matches()) return date(m.group(1), m.group(2), m.group(3));
        if (SERIAL.matcher(s).matches()) return serial(Double.parseDouble(s));
        return Optional.empty();
    }

    private static Optional<LocalDate> serial(double d) {
        if (d != Math.rint(d) && d - Math.floor(d) < 0) return Optional.empty();
        if (!DateUtil.isValidExcelDate(d)) return Optional.empty();
        LocalDate day = DateUtil.getLocalDateTime(Math.floor(d)).toLocalDate();
        return plausible(day);
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return plausible(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> plausible(LocalDate day) {
        return day.getYear() >= 1945 && day.getYear() <= 2100 ? Optional.of(day) : Optional.empty();
    }
}
