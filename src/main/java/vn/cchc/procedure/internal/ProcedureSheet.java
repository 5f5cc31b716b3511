package vn.cchc.procedure.internal;

import static vn.cchc.shared.Messages.VI;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import vn.cchc.procedure.AuthorityLevel;
import vn.cchc.procedure.ProcedureEntryView;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ValidationFailedException;
import vn.cchc.shared.VnFormat;
import vn.cchc.spreadsheet.SheetRow;
import vn.cchc.spreadsheet.SpreadsheetRejectedException;
import vn.cchc.spreadsheet.XlsxReader;
import vn.cchc.spreadsheet.XlsxTemplates;

/**
 * The procedure catalogue as a spreadsheet: columns A Cấp thẩm quyền, B Lĩnh vực, C Mã TTHC, D Tên TTHC; data
 * rows follow the header row (the row whose column A reads «Cấp thẩm quyền»).
 */
public class ProcedureSheet {

    private static final VnFormat FMT = new VnFormat();
    private static final int MAX_TEXT = 300;
    private static final int MAX_CODE = 60;

    private final XlsxReader reader;
    private final Messages messages;

    public ProcedureSheet(XlsxReader reader, MessageSource messages) {
        this.reader = reader;
        this.messages = new Messages(messages);
    }

    public List<ProcedureEntryView> parse(byte[] content) {
        List<SheetRow> all = reader.read(content);
        int header = -1;
        for (int i = 0; i < all.size() && header < 0; i++)
            if (key(all.get(i).text(0)).startsWith("cap tham quyen")) header = i;
        if (header < 0)
            throw new ValidationFailedException(
                    List.of(new FieldViolation("file", messages.text("procedure.import.noHeader"))));
        List<SheetRow> data = all.subList(header + 1, all.size());
        if (data.isEmpty())
            throw new ValidationFailedException(
                    List.of(new FieldViolation("file", messages.text("procedure.import.noRows"))));
        if (data.size() > reader.maxRows()) {
            throw new SpreadsheetRejectedException(
                    "dossier.import.tooManyRows", FMT.number(data.size()), FMT.number(reader.maxRows()));
        }
        List<FieldViolation> errors = new ArrayList<>();
        List<ProcedureEntryView> entries = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        for (SheetRow r : data) {
            String row = String.valueOf(r.number());
            AuthorityLevel level = level(r.text(0));
            if (level == null) {
                errors.add(cellError(
                        r,
                        0,
                        r.text(0).isBlank()
                                ? messages.text("procedure.import.required", row, "A", col(0))
                                : messages.text("procedure.import.badLevel", row, "A", col(0), r.text(0))));
            }
            for (int c = 1; c <= 3; c++) {
                if (c != 2 && r.text(c).isBlank())
                    errors.add(cellError(
                            r, c, messages.text("procedure.import.required", row, SheetRow.column(c), col(c))));
                int max = c == 2 ? MAX_CODE : MAX_TEXT;
                if (c != 3 && r.text(c).length() > max) {
                    errors.add(cellError(
                            r,
                            c,
                            messages.text(
                                    "procedure.import.tooLong", row, SheetRow.column(c), col(c), String.valueOf(max))));
                }
            }
            String code = r.text(2);
            if (!code.isBlank() && level != null) {
                Integer first = codes.putIfAbsent(level + "|" + key(code), r.number());
                if (first != null) {
                    errors.add(cellError(
                            r,
                            2,
                            messages.text(
                                    "procedure.import.duplicateCode", row, "C", col(2), code, String.valueOf(first))));
                }
            }
            entries.add(new ProcedureEntryView(level, r.text(1), code.isBlank() ? null : code, r.text(3)));
        }
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        return entries;
    }

    private FieldViolation cellError(SheetRow r, int column, String message) {
        return new FieldViolation(SheetRow.column(column) + r.number(), message);
    }

    /** The level a cell names: its code, or words of its Vietnamese name («cấp xã», «UBND tỉnh»…). */
    public static AuthorityLevel level(String text) {
        return AuthorityLevel.fromWords(text);
    }

    /** Lower case, without diacritics, single spaces: «Cấp Thẩm quyền » → «cap tham quyen». */
    public static String key(String text) {
        if (text == null) return "";
        String s = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return s.trim().replaceAll("\\s+", " ").toLowerCase(VI);
    }

    public byte[] template() {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet s = wb.createSheet(messages.text("procedure.template.sheet"));
        CellStyle head = XlsxTemplates.headerStyle(wb);
        Row title = s.createRow(0);
        title.createCell(0).setCellValue(messages.text("procedure.template.title"));
        title.getCell(0).setCellStyle(XlsxTemplates.titleStyle(wb));
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        s.createRow(1).createCell(0).setCellValue(messages.text("procedure.template.note"));
        Row h = s.createRow(2);
        for (int c = 0; c < 4; c++) {
            h.createCell(c).setCellValue(col(c));
            h.getCell(c).setCellStyle(head);
        }
        String[] levels = new String[AuthorityLevel.values().length];
        for (AuthorityLevel l : AuthorityLevel.values()) levels[l.ordinal()] = messages.text(l.messageKey());
        DataValidationHelper helper = s.getDataValidationHelper();
        DataValidation dv = helper.createValidation(
                helper.createExplicitListConstraint(levels), new CellRangeAddressList(3, 5002, 0, 0));
        dv.setShowErrorBox(false);
        s.addValidationData(dv);
        s.setColumnWidth(0, 42 * 256);
        s.setColumnWidth(1, 36 * 256);
        s.setColumnWidth(2, 16 * 256);
        s.setColumnWidth(3, 70 * 256);
        s.createFreezePane(0, 3);
        return XlsxTemplates.bytes(wb);
    }

    private String col(int c) {
        return messages.text("procedure.import.col." + c);
    }
}
