package vn.cchc.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opens an uploaded file as XLSX and returns the non-empty rows of its first sheet, or refuses it with a
 * Vietnamese reason ({@link SpreadsheetRejectedException}): too large, not an XLSX (checked by the ZIP
 * signature and the package's main part, not the file name), an old .xls, corrupt, a zip bomb, too many rows.
 * Never lets a POI exception escape.
 */
@Component
public class XlsxReader {

    private static final Logger log = LoggerFactory.getLogger(XlsxReader.class);
    private static final byte[] ZIP_SIGNATURE = {0x50, 0x4b, 0x03, 0x04};
    private static final byte[] OLE2_SIGNATURE = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0};
    /** Allowed rows above the data (title, group headers, column numbers). */
    private static final int HEADER_ALLOWANCE = 20;

    static {
        // A 2 MB file may not inflate beyond these: ratio 1:100 per entry, 64 MB per entry.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
    }

    private final long maxBytes;
    private final int maxRows;

    public XlsxReader(@Value("${cchc.import.max-bytes:2097152}") long maxBytes,
                      @Value("${cchc.import.max-rows:5000}") int maxRows) {
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The most data rows one import may carry. */
    public int maxRows() {
        return maxRows;
    }

    /** Rejects a file whose declared size is already too large, before reading its bytes. */
    public void checkSize(long size) {
        if (size <= 0) throw new SpreadsheetRejectedException("import.file.empty");
        if (size > maxBytes) {
            throw new SpreadsheetRejectedException("import.file.tooLarge", megabytes(size), megabytes(maxBytes));
        }
    }

    public List<SheetRow> read(byte[] content) {
        checkSize(content == null ? 0 : content.length);
        if (startsWith(content, OLE2_SIGNATURE)) throw new SpreadsheetRejectedException("import.file.oldXls");
        if (!startsWith(content, ZIP_SIGNATURE)) throw new SpreadsheetRejectedException("import.file.notXlsx");
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            requireWorkbook(pkg);
            try (XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
                if (wb.getNumberOfSheets() == 0) throw new SpreadsheetRejectedException("import.file.noSheet");
                return rows(wb.getSheetAt(0));
            }
        } catch (SpreadsheetRejectedException e) {
            throw e;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new SpreadsheetRejectedException("import.file.oldXls");
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new SpreadsheetRejectedException("import.file.notXlsx");
        } catch (IOException | RuntimeException e) {
            // Zip bombs (ratio or entry size), truncated archives, broken XML all land here.
            log.info("Rejected an uploaded spreadsheet: {}", e.toString());
            if (isZipBomb(e)) {
                throw new SpreadsheetRejectedException("import.file.zipBomb");
            }
            throw new SpreadsheetRejectedException("import.file.corrupt");
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("max entry size") || m.contains("MaxEntrySize")) return true;
        }
        return false;
    }

    private static void requireWorkbook(OPCPackage pkg) {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.isEmpty()) throw new SpreadsheetRejectedException("import.file.notXlsx");
        PackagePart main = pkg.getPart(rels.getRelationship(0));
        if (main == null) throw new SpreadsheetRejectedException("import.file.notXlsx");
        String type = main.getContentType();
        if (!XSSFRelation.WORKBOOK.getContentType().equals(type)
                && !XSSFRelation.MACROS_WORKBOOK.getContentType().equals(type)) {
            throw new SpreadsheetRejectedException("import.file.notXlsx");
        }
    }

    private List<SheetRow> rows(Sheet sheet) {
        if (sheet.getPhysicalNumberOfRows() > maxRows + HEADER_ALLOWANCE) {
            throw new SpreadsheetRejectedException("import.file.tooManyRows", new vn.cchc.shared.VnFormat().number(maxRows));
        }
        DataFormatter formatter = new DataFormatter(java.util.Locale.forLanguageTag("vi"));
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<SheetCell> cells = new ArrayList<>();
            short last = row.getLastCellNum();
            for (int c = 0; c < last && c < 64; c++) cells.add(cell(row.getCell(c), formatter));
            SheetRow r = new SheetRow(row.getRowNum() + 1, cells);
            if (!r.isBlank()) rows.add(r);
        }
        return rows;
    }

    private static SheetCell cell(Cell cell, DataFormatter formatter) {
        if (cell == null) return SheetCell.BLANK;
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> new SheetCell(plain(cell.getNumericCellValue()), cell.getNumericCellValue());
            case STRING -> new SheetCell(clean(cell.getStringCellValue()), null);
            case BOOLEAN -> new SheetCell(String.valueOf(cell.getBooleanCellValue()), null);
            case ERROR -> new SheetCell(clean(formatter.formatCellValue(cell)), null);
            default -> SheetCell.BLANK;
        };
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String clean(String s) {
        return s == null ? "" : java.text.Normalizer.normalize(s.replace('\u00a0', ' ').trim(), java.text.Normalizer.Form.NFC);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (content[i] != prefix[i]) return false;
        return true;
    }

    private static String megabytes(long bytes) {
        return new java.math.BigDecimal(bytes).divide(new java.math.BigDecimal(1024 * 1024), 1, java.math.RoundingMode.HALF_UP)
                .toPlainString().replace('.', ',');
    }
}
