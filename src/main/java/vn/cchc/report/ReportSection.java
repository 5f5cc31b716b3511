package vn.cchc.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The sections of a CCHC report, in order (docs/records-model.md). Headings are in the messages
 * ({@code section.<code>}); {@link #level()} is the heading depth for indenting lists.
 */
public enum ReportSection {
    INTRO("INTRO", 0),
    I("I", 0),
    II_1("II.1", 1),
    II_2_1("II.2.1", 1),
    II_2_2("II.2.2", 1),
    II_2_3_A("II.2.3.a", 2),
    II_2_3_B("II.2.3.b", 2),
    II_2_3_C("II.2.3.c", 2),
    II_2_3_D("II.2.3.d", 2),
    II_3("II.3", 1),
    II_4("II.4", 1),
    II_5("II.5", 1),
    II_6("II.6", 1),
    III_1("III.1", 1),
    III_2("III.2", 1),
    IV("IV", 0),
    V("V", 0),
    CLOSING("CLOSING", 0);

    private final String code;
    private final int level;

    ReportSection(String code, int level) {
        this.code = code;
        this.level = level;
    }

    public String code() {
        return code;
    }

    public int level() {
        return level;
    }

    /** Message key of the Vietnamese heading. */
    public String headingKey() {
        return "section." + code;
    }

    public static Optional<ReportSection> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(ReportSection::code).toList();
    }

    /** Position of a code in the report (unknown codes last), for sorting. */
    public static int order(String code) {
        return byCode(code).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }
}
