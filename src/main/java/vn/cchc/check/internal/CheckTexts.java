package vn.cchc.check.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.document.DocumentView;
import vn.cchc.shared.Messages;
import vn.cchc.shared.VnFormat;

/**
 * The Vietnamese sentences of the findings (i18n/checks.properties) and the way they name records:
 * "Kế hoạch số 36/KH-UBND ngày 30/12/2023", 2.579, 99,02 %. Arguments are passed already formatted.
 */
@Component
public class CheckTexts {

    private final Messages messages;
    private final VnFormat fmt;

    CheckTexts(MessageSource messages, VnFormat fmt) {
        this.messages = new Messages(messages);
        this.fmt = fmt;
    }

    public String text(String key, Object... args) {
        return messages.text(key, args);
    }

    /** "Kế hoạch số 36/KH-UBND ngày 30/12/2023" (without "ngày …" when the date is unknown). */
    public String document(DocumentView d) {
        String type = messages.textOr("check.docType." + d.docType(), text("check.docType.OTHER"));
        return d.issuedOn() == null
                ? text("check.document.name", type, d.numberSymbol())
                : text("check.document.nameDated", type, d.numberSymbol(), date(d.issuedOn()));
    }

    public String date(LocalDate day) {
        return fmt.date(day);
    }

    public String number(Number n) {
        return fmt.number(n);
    }

    public String percent(Number n) {
        return fmt.percent(n);
    }

    /** An indicator's value as reported, with its qualifier word: "gần 2.840", "99,02 %". */
    public String indicatorValue(CheckContext.IndicatorValue v) {
        if (v.printed() != null) return v.printed();
        String value = "PERCENT".equals(v.kind()) ? percent(v.number()) : number(v.number());
        if (v.exact()) return value;
        return text("check.qualifier." + v.qualifier()) + " " + value;
    }

    /** "Mục II.6"; "Phần mở đầu" / "Phần kết luận" for INTRO and CLOSING. */
    public String section(String code) {
        return messages.textOr("check.section." + code, text("check.section", code));
    }

    /** A quotation of at most {@code max} characters, cut at a word; a token shows as "[…]". */
    public static String excerpt(String sentence, int max) {
        String s = sentence.strip().replace(Tokens.PLACEHOLDER, "[…]").replaceAll("\\s+", " ");
        if (s.length() <= max) return s;
        int cut = s.lastIndexOf(' ', max);
        return s.substring(0, cut > max / 2 ? cut : max) + " …";
    }

    public static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
    }
}
