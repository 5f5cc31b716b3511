package vn.cchc.officereport.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.consolidation.ConsolidationRow;
import vn.cchc.consolidation.Figures;
import vn.cchc.consolidation.UnitReport;
import vn.cchc.indicator.FigureFormat;
import vn.cchc.officereport.Compilation;
import vn.cchc.officereport.CompiledFigure;
import vn.cchc.officereport.YearOnYear;
import vn.cchc.orgunit.UnitNames;
import vn.cchc.rendering.Appendix;
import vn.cchc.rendering.Block;
import vn.cchc.rendering.DossierRow;
import vn.cchc.rendering.ParagraphStyle;
import vn.cchc.rendering.VnFormat;

/**
 * The compiled part of the office's report as printed blocks: which units are counted and which are missing or
 * late, every compiled figure with how it was compiled, the year-on-year comparison over the same units, and the
 * consolidated Biểu 06 (a row per counted unit and the total).
 */
public final class CompiledBlocks {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private CompiledBlocks() {}

    /** @param headingNumber the level-1 number to use ("VI."), after the outline's own */
    public static List<Block> of(Compilation c, String headingNumber) {
        List<Block> out = new ArrayList<>();
        out.add(new Block.Heading(1, headingNumber, "SỐ LIỆU TỔNG HỢP TỪ CÁC ĐƠN VỊ"));
        List<UnitReport> counted = c.counted();
        String word = unitWord(c.units());
        out.add(Block.Paragraph.body("Số liệu tổng hợp từ báo cáo "
                + (c.includeDrafts()
                        ? "của các đơn vị, gồm cả bản dự thảo chưa ký"
                        : "đã ký của các đơn vị (không tính bản dự thảo)")
                + ": " + two(counted.size()) + "/" + two(c.units().size())
                + " " + word + (counted.isEmpty() ? "." : " (" + names(counted) + ").")));
        List<UnitReport> missing = c.missing();
        if (!missing.isEmpty()) {
            out.add(Block.Paragraph.body("Đến ngày " + VnFormat.date(c.asOf()) + ", còn " + two(missing.size()) + " "
                    + word + " chưa gửi báo cáo: " + names(missing) + "."));
        }
        List<UnitReport> late = c.late();
        if (!late.isEmpty()) {
            out.add(Block.Paragraph.body("Gửi báo cáo chậm so với hạn "
                    + VnFormat.date(c.period().getDeadline()) + ": " + names(late) + "."));
        }
        out.add(new Block.Heading(2, "1.", "Các chỉ tiêu tổng hợp"));
        if (c.figures().isEmpty()) out.add(Block.Paragraph.body("Không có số liệu."));
        for (CompiledFigure f : c.figures()) out.add(new Block.Paragraph(line(f), ParagraphStyle.DASH));
        if (!c.yearOnYear().isEmpty()) {
            out.add(new Block.Heading(
                    2, "2.", "So sánh với " + c.previousPeriod().getTitle() + " (cùng đơn vị)"));
            for (YearOnYear y : c.yearOnYear()) out.add(new Block.Paragraph(line(y, word), ParagraphStyle.DASH));
        }
        List<ConsolidationRow> rows = c.dossier().countedRows();
        if (!rows.isEmpty()) {
            out.add(new Block.Heading(
                    2, c.yearOnYear().isEmpty() ? "2." : "3.", "Kết quả giải quyết thủ tục hành chính"));
            Figures t = c.dossier().total();
            out.add(Block.Paragraph.body("Tổng số hồ sơ tiếp nhận của " + two(rows.size()) + " " + word + ": "
                    + fig(t.receivedTotal()) + " (trực tuyến " + fig(t.receivedOnline())
                    + "); đã giải quyết " + fig(t.resolvedTotal()) + ", trong đó trước hạn và đúng hạn "
                    + share(t.onTimeShare()) + "; đang giải quyết " + fig(t.pendingTotal())
                    + ". Chi tiết từng đơn vị tại Phụ lục kèm theo báo cáo này (Biểu 06/VPCP/KSTT tổng hợp)."));
        }
        return out;
    }

    /**
     * The consolidated Biểu 06 as an appendix on its own page: a row per counted unit and the total (the body only
     * cites the totals: 160 rows in the middle of the text buried the office's own report).
     */
    public static List<Appendix> appendices(Compilation c, String referenceLine) {
        List<ConsolidationRow> rows = c.dossier().countedRows();
        if (rows.isEmpty()) return List.of();
        List<DossierRow> table = new ArrayList<>();
        int i = 1;
        for (ConsolidationRow r : rows) table.add(row(String.format("%02d", i++), r.orgUnitName(), r.figures()));
        table.add(row("", "Tổng cộng", c.dossier().total()).withEmphasis(true));
        String word = unitWord(c.units());
        return List.of(Appendix.dossier(
                "Tổng hợp kết quả giải quyết thủ tục hành chính " + c.period().getTitle(),
                referenceLine,
                new Block.DossierTable(
                        "Biểu 06/VPCP/KSTT tổng hợp của " + two(rows.size()) + " " + word, "Tên đơn vị", table)));
    }

    private static String fig(Long v) {
        return v == null ? "…" : VnFormat.integer(v);
    }

    private static String share(Double percent) {
        return percent == null ? "…" : VnFormat.percent(BigDecimal.valueOf(percent), 2);
    }

    /** «- Số cuộc họp (MEETINGS): 123 (tổng của 05/07 xã)». */
    static String line(CompiledFigure f) {
        String how = switch (f.method()) {
            case SUM -> "tổng của " + two(f.unitsWithValue()) + "/" + two(f.unitsCounted()) + " đơn vị";
            case RATE ->
                f.value() == null
                        ? "chưa đủ số liệu để tính"
                        : "tính lại từ tổng các thành phần của " + two(f.unitsWithValue()) + " đơn vị: "
                                + FigureFormat.number(f.numerator(), 2) + "/" + FigureFormat.number(f.denominator(), 2);
            case RANGE -> two(f.unitsWithValue()) + " đơn vị có số liệu";
            case LIST -> two(f.unitsWithValue()) + " đơn vị";
        };
        String value = f.printed().isBlank() ? "chưa có số liệu" : f.printed();
        return f.label() + ": " + value + " (" + how + ").";
    }

    static String line(YearOnYear y, String word) {
        String change;
        if (y.change() == null) change = "";
        else if (y.change().signum() == 0) change = ", không đổi";
        else {
            String dir = y.change().signum() > 0 ? "tăng " : "giảm ";
            BigDecimal abs = y.change().abs();
            change = ", " + dir
                    + (y.method() == CompiledFigure.Method.RATE
                            ? FigureFormat.number(abs, 2) + " điểm %"
                            : FigureFormat.number(abs, 2))
                    + (y.changePercent() == null
                            ? ""
                            : " (" + FigureFormat.number(y.changePercent().abs(), 2) + " %)");
        }
        return y.label() + ": " + y.thisYearPrinted() + ", cùng kỳ " + y.lastYearPrinted() + change + " (cùng "
                + two(y.units()) + " " + word + ").";
    }

    private static DossierRow row(String number, String label, Figures f) {
        return DossierRow.of(number, label, f.asList().toArray(Long[]::new));
    }

    private static String names(List<UnitReport> units) {
        return String.join(", ", units.stream().map(UnitReport::orgUnitName).toList());
    }

    /** «xã» when all are communes of one kind word, else «đơn vị». */
    static String unitWord(List<UnitReport> units) {
        if (units.isEmpty()) return "đơn vị";
        String first = UnitNames.kindWord(units.get(0).orgUnitName());
        boolean same =
                units.stream().allMatch(u -> UnitNames.kindWord(u.orgUnitName()).equals(first));
        return same && UnitNames.hasPrefix(units.get(0).orgUnitName()) ? first : "đơn vị";
    }

    /** Leading zero below 10, as Vietnamese reports count units («03 xã»). */
    static String two(int n) {
        return n < 10 ? "0" + n : VnFormat.integer(n);
    }

    /** «VI.» after five level-1 headings. */
    public static String roman(long levelOneHeadings) {
        int i = (int) Math.min(levelOneHeadings, ROMAN.length - 1);
        return ROMAN[i] + ".";
    }
}
