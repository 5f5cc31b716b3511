package vn.cchc.consolidation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.consolidation.ConsolidatedTable;
import vn.cchc.consolidation.ConsolidationRow;
import vn.cchc.consolidation.Figures;
import vn.cchc.consolidation.YearOnYearLine;
import vn.cchc.shared.Messages;
import vn.cchc.shared.VnFormat;

/** The Vietnamese words of the consolidated table's files (all from the messages file, NFC-normalised). */
@Component
public class TableText {

    private final Messages messages;
    private final VnFormat fmt;

    TableText(MessageSource messages, VnFormat fmt) {
        this.messages = new Messages(messages);
        this.fmt = fmt;
    }

    public String msg(String key, Object... args) {
        return nfc(messages.text(key, args));
    }

    public static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Column (3)…(13) sub-headers. */
    List<String> figureHeaders() {
        return Figures.NAMES.stream().map(n -> msg("consolidation.col." + n)).toList();
    }

    String officeLine(ConsolidatedTable t) {
        return msg("consolidation.doc.office." + t.office().getLevel().name());
    }

    String governingBody(ConsolidatedTable t) {
        return nfc(t.office().getLetterheadName());
    }

    /** Decree 30: "Thanh Hà, ngày 05 tháng 01 năm 2024" (day below 10 and month below 3 with a leading zero). */
    String placeAndDate(ConsolidatedTable t) {
        LocalDate d = t.today();
        String day = d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : String.valueOf(d.getDayOfMonth());
        String month = d.getMonthValue() < 3 ? "0" + d.getMonthValue() : String.valueOf(d.getMonthValue());
        return msg(
                "consolidation.doc.placeDate", nfc(t.office().getPlaceName()), day, month, String.valueOf(d.getYear()));
    }

    String subheading(ConsolidatedTable t) {
        return msg(
                "consolidation.table.subheading",
                nfc(t.period().getTitle()),
                fmt.date(t.period().getWindowStart()),
                fmt.date(t.period().getWindowEnd()));
    }

    String source(ConsolidatedTable t) {
        return msg(t.includeDrafts() ? "consolidation.table.source.drafts" : "consolidation.table.source.signed");
    }

    String status(ConsolidatedTable t, ConsolidationRow r) {
        String s = r.status() == null
                ? msg("consolidation.board.status.MISSING")
                : msg("status." + r.status().name());
        return r.counted() ? s : s + " (" + msg("consolidation.table.notCounted") + ")";
    }

    String number(Long v) {
        return v == null ? "" : fmt.number(v);
    }

    String percent(Double v) {
        return v == null ? "" : fmt.percent(v);
    }

    /** «SO SÁNH CÙNG KỲ NĂM 2024 (CÙNG 08 ĐƠN VỊ)». */
    String yoyHeading(ConsolidatedTable t) {
        int n = t.comparableUnits();
        return msg(
                "consolidation.yoy.heading",
                nfc(t.previousPeriod().getTitle()).toUpperCase(Messages.VI),
                n < 10 ? "0" + n : String.valueOf(n));
    }

    /** The comparison's header: indicator, this period, the same period last year, change. */
    List<String> yoyHeaders(ConsolidatedTable t) {
        return List.of(
                msg("consolidation.yoy.indicator"),
                msg("consolidation.yoy.thisYear") + " (" + nfc(t.period().getTitle()) + ")",
                msg("consolidation.yoy.lastYear") + " ("
                        + nfc(t.previousPeriod().getTitle()) + ")",
                msg("consolidation.yoy.change"));
    }

    String yoyLabel(YearOnYearLine line) {
        return msg("consolidation.yoy.line." + line.key());
    }

    /** A count «2.579» or a rate «99,02 %». */
    String yoyValue(YearOnYearLine line, BigDecimal v) {
        if (v == null) return "";
        return line.rate() ? fmt.percent(v) : fmt.number(v);
    }

    /** «+120», «-3», «0»; a rate's change in percentage points «+1,25 điểm %». */
    String yoyChange(YearOnYearLine line) {
        BigDecimal c = line.change();
        if (c == null) return "";
        String sign = c.signum() > 0 ? "+" : c.signum() < 0 ? "-" : "";
        String abs = line.rate()
                ? msg("consolidation.yoy.points", fmt.number(c.abs().setScale(2, RoundingMode.HALF_UP)))
                : fmt.number(c.abs());
        return sign + abs;
    }

    public String fileName(ConsolidatedTable t) {
        return msg(
                "consolidation.doc.fileName",
                nfc(t.office().getName()),
                nfc(t.period().getTitle()));
    }
}
