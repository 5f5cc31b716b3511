package vn.cchc.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader (issue 11, item 1): rows come one at a time, reading stops at the row limit before the
 * rest of the file is turned into rows, and only a bounded number of files are read at once.
 */
public class XlsxStreamingTests {

    /**
     * A 100.000-row workbook like the one that hung the server (a few hundred KB): STT, a label and 11 figures
     * per row. Written as raw SpreadsheetML into a ZIP, which is fast and keeps the test's own memory small.
     */
    public static byte[] hundredThousandRows() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
                    <sheet name="Bieu06" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            StringBuilder xml = new StringBuilder(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int r = 1; r <= 100_000; r++) {
                // Cells without their optional reference, as some tools write them: they follow one another.
                xml.append("<row r=\"")
                        .append(r)
                        .append("\"><c><v>")
                        .append(r)
                        .append("</v></c>")
                        .append("<c t=\"inlineStr\"><is><t>Xã</t></is></c>");
                for (int c = 0; c < 11; c++) xml.append("<c><v>1</v></c>");
                xml.append("</row>");
                if (xml.length() > 1 << 16) {
                    zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
                    xml.setLength(0);
                }
            }
            xml.append("</sheetData></worksheet>");
            zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static byte[] rows(int n) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet s = wb.createSheet("a");
            for (int r = 0; r < n; r++) {
                Row row = s.createRow(r * 2); // gaps: blank rows are skipped, numbers are Excel's
                row.createCell(0).setCellValue("Dòng " + r);
                row.createCell(3).setCellValue(2579);
                row.createCell(4).setCellValue(1.5);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    @Test
    void rowsKeepTheirExcelNumbersTextsAndNumbers() throws Exception {
        List<SheetRow> rows = new XlsxReader(2 * 1024 * 1024, 100).read(rows(3));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).number()).isEqualTo(3);
        assertThat(rows.get(1).text(0)).isEqualTo("Dòng 1");
        assertThat(rows.get(1).cell(1).isBlank()).isTrue();
        assertThat(rows.get(1).cell(3)).isEqualTo(new SheetCell("2579", 2579.0));
        assertThat(rows.get(1).cell(4).number()).isEqualTo(1.5);
        assertThat(rows.get(1).cell(40)).isEqualTo(SheetCell.BLANK);
    }

    /** The register import reads its dates through this reader too (one reader for every import). */
    @Test
    void aDateFormattedCellShowsAsADateAndKeepsItsSerial() throws Exception {
        byte[] file;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Row row = wb.createSheet("a").createRow(0);
            var style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            var date = row.createCell(0);
            date.setCellValue(LocalDate.of(2023, 3, 5));
            date.setCellStyle(style);
            row.createCell(1).setCellValue(44990);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            file = out.toByteArray();
        }
        List<SheetRow> rows = new XlsxReader(2 * 1024 * 1024, 100).read(file);
        assertThat(rows.get(0).cell(0)).isEqualTo(new SheetCell("05/03/2023", 44990.0));
        assertThat(rows.get(0).cell(1)).isEqualTo(new SheetCell("44990", 44990.0));
    }

    @Test
    void aFileLargerThanTheCallersLimitIsRefusedBeforeItIsRead() {
        byte[] file = new byte[3 * 1024 * 1024];
        assertThatThrownBy(() -> new XlsxReader(2 * 1024 * 1024, 100).forEachRow(file, 2 * 1024 * 1024, 10, r -> {}))
                .isInstanceOf(SpreadsheetRejectedException.class)
                .hasMessage("import.file.tooLarge");
        file[0] = 'P';
        assertThatThrownBy(() -> new XlsxReader(2 * 1024 * 1024, 100).forEachRow(file, 5 * 1024 * 1024, 10, r -> {}))
                .isInstanceOf(SpreadsheetRejectedException.class)
                .hasMessage("import.file.notXlsx");
    }

    @Test
    void aHundredThousandRowFileIsRefusedAfterTheLimitWithoutReadingFurther() throws Exception {
        byte[] file = hundredThousandRows();
        assertThat(file.length).isLessThan(2 * 1024 * 1024);
        System.out.printf("100.000-row file: %d KB%n", file.length / 1024);
        XlsxReader reader = new XlsxReader(2 * 1024 * 1024, 5000);
        AtomicInteger delivered = new AtomicInteger();
        assertThatThrownBy(() ->
                        reader.forEachRow(file, 5000 + XlsxReader.HEADER_ALLOWANCE, r -> delivered.incrementAndGet()))
                .isInstanceOf(SpreadsheetRejectedException.class)
                .extracting(
                        e -> ((SpreadsheetRejectedException) e).messageKey(),
                        e -> ((SpreadsheetRejectedException) e).args()[0])
                .containsExactly("import.file.tooManyRows", "5.000");
        // The caller saw exactly the rows up to the limit: the 5.021st row was never built, nor any after it.
        assertThat(delivered.get()).isEqualTo(5000 + XlsxReader.HEADER_ALLOWANCE);
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(SpreadsheetRejectedException.class);
    }

    @Test
    void anExceptionOfTheRowActionReachesTheCallerUnchanged() throws Exception {
        XlsxReader reader = new XlsxReader(2 * 1024 * 1024, 100);
        IllegalStateException mine = new IllegalStateException("stop here");
        List<SheetRow> seen = new ArrayList<>();
        assertThatThrownBy(() -> reader.forEachRow(rows(5), 100, r -> {
                    seen.add(r);
                    if (seen.size() == 2) throw mine;
                }))
                .isSameAs(mine);
        assertThat(seen).hasSize(2);
    }

    @Test
    void aThirdFileWhileTwoAreBeingReadIsRefusedWithTryAgainLater() throws Exception {
        XlsxReader reader = new XlsxReader(2 * 1024 * 1024, 100, 2);
        byte[] file = rows(2);
        CountDownLatch inside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> busy = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                busy.add(pool.submit(() -> reader.forEachRow(file, 100, r -> {
                    inside.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                })));
            }
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> reader.read(file))
                    .isInstanceOf(ImportsBusyException.class)
                    .extracting(e -> ((ImportsBusyException) e).messageKey())
                    .isEqualTo("import.busy");
            release.countDown();
            for (Future<?> f : busy) f.get(30, TimeUnit.SECONDS);
            assertThat(reader.read(file)).hasSize(2); // slots are given back
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
