package vn.cchc.parindex;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.parindex.internal.CriteriaTsv;
import vn.cchc.spreadsheet.SheetRow;
import vn.cchc.spreadsheet.XlsxTemplates;

/**
 * The commune index of the fixture (src/main/resources/parindex/chi-so-cchc-cap-xa.tsv: the structure of the commune
 * index of Quyết định số 3009/QĐ-UBND ngày 01/11/2017 của UBND tỉnh Quảng Trị, in our words) as the XLSX a province
 * would upload: a title row, the header, then one row per node; maxima as numeric cells.
 */
public final class CriteriaFixture {

    private CriteriaFixture() {}

    public static byte[] xlsx() {
        return xlsx(CriteriaTsv.sample());
    }

    static byte[] xlsx(List<SheetRow> rows) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Chi so cap xa");
        sh.createRow(0).createCell(0).setCellValue("BỘ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP XÃ");
        int r = 2;
        for (SheetRow row : rows) {
            Row out = sh.createRow(r++);
            for (int i = 0; i < row.cells().size(); i++) {
                String text = row.text(i);
                if (i == 2 && r > 3 && !text.isEmpty())
                    out.createCell(i).setCellValue(Double.parseDouble(text.replace(',', '.')));
                else if (!text.isEmpty()) out.createCell(i).setCellValue(text);
            }
        }
        return XlsxTemplates.bytes(wb);
    }
}
