package vn.cchc.document;

import static vn.cchc.shared.Messages.VI;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.shared.Messages;
import vn.cchc.shared.NotFoundException;
import vn.cchc.spreadsheet.XlsxTemplates;

/**
 * The register as an XLSX in the shape the import reads (title rows, then STT · Số, ký hiệu · Ngày ban hành · Loại
 * văn bản · Trích yếu · Người ký · Cơ quan ban hành), so an export imports back unchanged; and the same sheet with
 * three example rows as the template to download. Written with POI's streaming workbook (100 rows in memory).
 */
@Service
public class RegisterExport {

    private static final ImportField[] COLUMNS = {
        ImportField.NUMBER,
        ImportField.DATE,
        ImportField.TYPE,
        ImportField.SUMMARY,
        ImportField.SIGNER,
        ImportField.ISSUER
    };

    private final JdbcTemplate jdbc;
    private final OrgUnits orgUnits;
    private final IssuedDocuments documents;
    private final Messages messages;

    RegisterExport(JdbcTemplate jdbc, OrgUnits orgUnits, IssuedDocuments documents, MessageSource messages) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.documents = documents;
        this.messages = new Messages(messages);
    }

    /** The unit's whole register (404 when the viewer may not see the unit). */
    public byte[] register(UnitViewer viewer, long unitId) {
        if (!orgUnits.canSee(viewer, unitId)) throw new NotFoundException("error.orgUnit.notFound", unitId);
        String unitName = orgUnits.get(unitId).getName();
        return write(unitName, (sheet, styles, first) -> {
            int[] r = {first};
            jdbc.query(
                    """
                    select number_symbol, issued_on, doc_type, summary, signer, issuer_name from issued_document
                    where org_unit_id = ? order by issued_on nulls last, number_symbol, id""",
                    rs -> {
                        row(
                                sheet,
                                styles,
                                r[0]++,
                                r[0] - first,
                                rs.getString(1),
                                rs.getObject(2, LocalDate.class),
                                documents.typeLabel(rs.getString(3)),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6));
                    },
                    unitId);
        });
    }

    /**
     * The template: the export's shape with three example rows (a plan, a letter, a Party letter); the issuer left
     * blank means the importing unit's People's Committee, or its Party committee for a Party symbol.
     */
    public byte[] template() {
        return write(messages.text("register.template.unit"), (sheet, styles, first) -> {
            row(
                    sheet,
                    styles,
                    first,
                    1,
                    "36/KH-UBND",
                    LocalDate.of(2023, 3, 14),
                    "Kế hoạch",
                    "Kế hoạch cải cách hành chính năm 2023",
                    "Phạm Văn Cảnh",
                    null);
            row(
                    sheet,
                    styles,
                    first + 1,
                    2,
                    "25/UBND-VP",
                    LocalDate.of(2023, 3, 20),
                    "",
                    "V/v báo cáo kết quả rà soát thủ tục hành chính",
                    "Phạm Văn Cảnh",
                    null);
            row(
                    sheet,
                    styles,
                    first + 2,
                    3,
                    "225-CV/ĐU",
                    LocalDate.of(2023, 4, 2),
                    "",
                    "V/v lãnh đạo công tác cải cách hành chính",
                    "",
                    null);
            sheet.createRow(1).createCell(0).setCellValue(messages.text("register.template.note"));
        });
    }

    private interface Body {
        void fill(Sheet sheet, CellStyle[] styles, int firstRow);
    }

    private byte[] write(String unitName, Body body) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(messages.text("register.export.sheet"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle header = XlsxTemplates.headerStyle(wb);
            sheet.createRow(0)
                    .createCell(0)
                    .setCellValue(messages.text("register.export.title", unitName.toUpperCase(VI)));
            Row h = sheet.createRow(2);
            h.createCell(0).setCellValue(messages.text("register.export.col.index"));
            for (int i = 0; i < COLUMNS.length; i++)
                h.createCell(i + 1).setCellValue(messages.text(COLUMNS[i].labelKey()));
            h.forEach(c -> c.setCellStyle(header));
            int[] widths = {6, 18, 14, 14, 60, 20, 28};
            for (int i = 0; i < widths.length; i++) sheet.setColumnWidth(i, widths[i] * 256);
            body.fill(sheet, new CellStyle[] {date}, 3);
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(
            Sheet sheet,
            CellStyle[] styles,
            int at,
            int index,
            String number,
            LocalDate on,
            String type,
            String summary,
            String signer,
            String issuer) {
        Row r = sheet.createRow(at);
        r.createCell(0).setCellValue(index);
        r.createCell(1).setCellValue(number);
        if (on != null) {
            r.createCell(2).setCellValue(on);
            r.getCell(2).setCellStyle(styles[0]);
        }
        if (type != null && !type.isEmpty()) r.createCell(3).setCellValue(type);
        if (summary != null) r.createCell(4).setCellValue(summary);
        if (signer != null && !signer.isEmpty()) r.createCell(5).setCellValue(signer);
        if (issuer != null) r.createCell(6).setCellValue(issuer);
    }
}
