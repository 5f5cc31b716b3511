package vn.cchc.parindex.internal;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.spreadsheet.XlsxTemplates;

/** The downloadable template of the criteria import: the header row and two example rows. */
public final class CriteriaTemplate {

    private CriteriaTemplate() {}

    public static byte[] bytes() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Bo chi so");
        CellStyle head = XlsxTemplates.headerStyle(wb);
        Row h = sh.createRow(0);
        for (int i = 0; i < CriteriaSheet.HEADERS.size(); i++) {
            h.createCell(i).setCellValue(CriteriaSheet.HEADERS.get(i));
            h.getCell(i).setCellStyle(head);
            sh.setColumnWidth(i, (i == 1 || i == 5 ? 48 : 16) * 256);
        }
        String[][] examples = {
            {"1", "Công tác chỉ đạo, điều hành cải cách hành chính", "2", "", "", "", ""},
            {"1.1", "Ban hành kế hoạch CCHC năm kịp thời", "1", "Chọn mức", "1; 0,5; 0", "Kế hoạch CCHC năm", ""},
            {"1.2", "Báo cáo CCHC đầy đủ, đúng hạn", "1", "Chọn mức", "1; 0", "Báo cáo CCHC năm", "Báo cáo đúng hạn"}
        };
        for (int r = 0; r < examples.length; r++) {
            Row row = sh.createRow(r + 1);
            for (int i = 0; i < examples[r].length; i++) row.createCell(i).setCellValue(examples[r][i]);
        }
        return XlsxTemplates.bytes(wb);
    }
}
