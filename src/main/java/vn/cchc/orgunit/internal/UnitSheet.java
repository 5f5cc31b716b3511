package vn.cchc.orgunit.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ValidationFailedException;
import vn.cchc.shared.VnFormat;
import vn.cchc.spreadsheet.SheetCell;
import vn.cchc.spreadsheet.SheetRow;
import vn.cchc.spreadsheet.SpreadsheetRejectedException;
import vn.cchc.spreadsheet.XlsxReader;
import vn.cchc.spreadsheet.XlsxTemplates;

/**
 * A province's units as a spreadsheet: A Mã đơn vị, B Tên đơn vị, C Cấp, D Mã đơn vị cấp trên, E Hiệu lực từ, then
 * optional F Mã ĐVHC, G Tên trên tiêu đề văn bản, H Địa danh. Data rows follow the header row (column A «Mã đơn vị»).
 * This class only reads cells into rows; the rules of a unit are {@code OrgUnitRules}', applied by the importer.
 */
public final class UnitSheet {

    public static final String[] COLUMNS = {
        "Mã đơn vị",
        "Tên đơn vị",
        "Cấp",
        "Mã đơn vị cấp trên",
        "Hiệu lực từ",
        "Mã ĐVHC (không bắt buộc)",
        "Tên trên tiêu đề văn bản (không bắt buộc)",
        "Địa danh (không bắt buộc)"
    };
    private static final String[] LEVEL_WORDS = {"Tỉnh/Thành phố", "Huyện", "Xã/Phường/Thị trấn"};
    private static final DateTimeFormatter VN_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** One data row as typed; {@code level}/{@code validFrom} are null when the cell is blank or not understood. */
    public record Line(
            int row,
            String code,
            String name,
            String levelText,
            OrgUnitLevel level,
            String parentCode,
            String validFromText,
            LocalDate validFrom,
            String officialCode,
            String letterheadName,
            String placeName) {}

    private UnitSheet() {}

    public static List<Line> read(XlsxReader reader, byte[] content) {
        List<SheetRow> all = reader.read(content);
        int header = -1;
        for (int i = 0; i < all.size() && header < 0; i++)
            if (key(all.get(i).text(0)).startsWith("ma don vi")) header = i;
        if (header < 0) {
            throw new ValidationFailedException(List.of(new FieldViolation(
                    "file", "Tệp: không thấy dòng tiêu đề có cột A «Mã đơn vị»; hãy dùng tệp mẫu.")));
        }
        List<SheetRow> data = all.subList(header + 1, all.size());
        if (data.isEmpty()) {
            throw new ValidationFailedException(
                    List.of(new FieldViolation("file", "Tệp: không có dòng đơn vị nào dưới dòng tiêu đề.")));
        }
        if (data.size() > reader.maxRows()) {
            throw new SpreadsheetRejectedException("import.file.tooManyRows", new VnFormat().number(reader.maxRows()));
        }
        List<Line> lines = new ArrayList<>();
        for (SheetRow r : data) {
            lines.add(new Line(
                    r.number(),
                    r.text(0),
                    r.text(1),
                    r.text(2),
                    level(r.text(2)),
                    r.text(3),
                    r.text(4),
                    date(r.cell(4)),
                    r.text(5),
                    r.text(6),
                    r.text(7)));
        }
        return lines;
    }

    /** «COMMUNE», «Xã», «xã/phường/thị trấn», «cấp huyện», «Tỉnh/Thành phố» … → the level. */
    static OrgUnitLevel level(String text) {
        String k = key(text);
        for (OrgUnitLevel l : OrgUnitLevel.values()) if (k.equalsIgnoreCase(l.name())) return l;
        if (k.contains("tinh")) return OrgUnitLevel.PROVINCE;
        if (k.contains("huyen")) return OrgUnitLevel.DISTRICT;
        if (k.matches("(cap )?(xa|phuong|thi tran|dac khu)\\b.*")) return OrgUnitLevel.COMMUNE;
        return null;
    }

    /** A date typed as text (01/07/2025, 2025-07-01) or an Excel date cell. */
    static LocalDate date(SheetCell cell) {
        String t = cell.text().strip();
        try {
            return LocalDate.parse(t, VN_DATE);
        } catch (DateTimeParseException e) {
            // not dd/MM/yyyy
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            // not ISO
        }
        if (cell.number() != null && DateUtil.isValidExcelDate(cell.number()) && cell.number() > 1) {
            return DateUtil.getLocalDateTime(cell.number()).toLocalDate();
        }
        return null;
    }

    static String key(String text) {
        if (text == null) return "";
        String s = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The blank template: title, a note on the rules, the header, a list of levels in column C. */
    public static byte[] template() {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet s = wb.createSheet("Đơn vị");
        Row title = s.createRow(0);
        title.createCell(0).setCellValue("DANH SÁCH ĐƠN VỊ HÀNH CHÍNH");
        title.getCell(0).setCellStyle(XlsxTemplates.titleStyle(wb));
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
        s.createRow(1)
                .createCell(0)
                .setCellValue("Tên viết kèm loại đơn vị («phường Hòa Bình», «xã Tân Tiến»); mã gồm chữ in hoa "
                        + "không dấu, chữ số, dấu gạch dưới; đơn vị cấp trên là mã một đơn vị đã có hoặc một dòng trong tệp; ngày "
                        + "dạng ngày/tháng/năm. Tiêu đề văn bản và địa danh để trống sẽ được suy ra từ tên. Tất cả các dòng được "
                        + "nhập cùng lúc, hoặc không dòng nào nếu có lỗi.");
        CellStyle head = XlsxTemplates.headerStyle(wb);
        Row h = s.createRow(2);
        for (int c = 0; c < COLUMNS.length; c++) {
            h.createCell(c).setCellValue(COLUMNS[c]);
            h.getCell(c).setCellStyle(head);
            s.setColumnWidth(c, (c == 1 || c == 6 ? 34 : 18) * 256);
        }
        DataValidationHelper helper = s.getDataValidationHelper();
        DataValidation dv = helper.createValidation(
                helper.createExplicitListConstraint(LEVEL_WORDS), new CellRangeAddressList(3, 5002, 2, 2));
        dv.setShowErrorBox(false);
        s.addValidationData(dv);
        s.createFreezePane(0, 3);
        return XlsxTemplates.bytes(wb);
    }
}
