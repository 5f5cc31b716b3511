package vn.cchc.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import vn.cchc.shared.VnFormat;

/**
 * Opens an uploaded file as XLSX and hands over the non-empty rows of its first sheet, or refuses it with a
 * Vietnamese reason ({@link SpreadsheetRejectedException}): too large, not an XLSX (checked by the ZIP
 * signature and the package's main part, not the file name), an old .xls, corrupt, a zip bomb, too many rows,
 * or too many imports at once ({@link ImportsBusyException}). Never lets a POI exception escape.
 *
 * <p>The sheet is read as a stream of SAX events ({@link SheetRowsHandler}), one row at a time, and reading
 * stops at the row limit: a 100.000-row file costs no more memory than a 5.001-row one. The package is read
 * from a temporary file so its parts are inflated as they are read, not held in memory. At most
 * {@code cchc.import.max-concurrent} files are read at once; the others are refused at once with a "try again"
 * message (two 100.000-row uploads at once used to exhaust the heap and leave the server answering nothing).
 */
@Component
public class XlsxReader {

    private static final Logger log = LoggerFactory.getLogger(XlsxReader.class);
    private static final byte[] ZIP_SIGNATURE = {0x50, 0x4b, 0x03, 0x04};
    private static final byte[] OLE2_SIGNATURE = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0};
    /** Allowed rows above the data (title, group headers, column numbers). */
    public static final int HEADER_ALLOWANCE = 20;
    /** Shared strings are held in memory while the sheet is read: their part may not inflate beyond this. */
    private static final long MAX_SHARED_STRINGS_BYTES = 16L * 1024 * 1024;

    static {
        // A 2 MB file may not inflate beyond these: ratio 1:100 per entry, 64 MB per entry.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
    }

    private final long maxBytes;
    private final int maxRows;
    private final Semaphore slots;

    @Autowired
    public XlsxReader(
            @Value("${cchc.import.max-bytes:2097152}") long maxBytes,
            @Value("${cchc.import.max-rows:5000}") int maxRows,
            @Value("${cchc.import.max-concurrent:2}") int maxConcurrent) {
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
        this.slots = new Semaphore(Math.max(1, maxConcurrent), true);
    }

    public XlsxReader(long maxBytes, int maxRows) {
        this(maxBytes, maxRows, 2);
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
        checkSize(size, maxBytes);
    }

    private static void checkSize(long size, long limit) {
        if (size <= 0) throw new SpreadsheetRejectedException("import.file.empty");
        if (size > limit) {
            throw new SpreadsheetRejectedException("import.file.tooLarge", megabytes(size), megabytes(limit));
        }
    }

    /**
     * The non-empty rows of the first sheet: at most {@link #maxRows()} data rows plus a few header rows, else
     * refused with «tối đa 5.000 dòng» as soon as the limit is passed.
     */
    public List<SheetRow> read(byte[] content) {
        return read(content, maxRows + HEADER_ALLOWANCE);
    }

    /** The non-empty rows of the first sheet; more than {@code rowLimit} of them are refused (read stops there). */
    public List<SheetRow> read(byte[] content, int rowLimit) {
        List<SheetRow> rows = new ArrayList<>();
        forEachRow(content, rowLimit, rows::add);
        return rows;
    }

    /**
     * Streams the non-empty rows of the first sheet, in order, to {@code action} without keeping them: for
     * importers that check or store each row as it comes. Passing more than {@code rowLimit} non-empty rows
     * (header rows included) stops the reading with {@code import.file.tooManyRows}. The action may throw to
     * stop early; its exception reaches the caller unchanged.
     */
    public void forEachRow(byte[] content, int rowLimit, Consumer<SheetRow> action) {
        forEachRow(content, maxBytes, rowLimit, action);
    }

    /** As {@link #forEachRow(byte[], int, Consumer)}, for an import that allows files up to {@code byteLimit}. */
    public void forEachRow(byte[] content, long byteLimit, int rowLimit, Consumer<SheetRow> action) {
        checkSize(content == null ? 0 : content.length, byteLimit);
        if (startsWith(content, OLE2_SIGNATURE)) throw new SpreadsheetRejectedException("import.file.oldXls");
        if (!startsWith(content, ZIP_SIGNATURE)) throw new SpreadsheetRejectedException("import.file.notXlsx");
        acquire();
        Path file = null;
        try {
            file = Files.createTempFile("cchc-import-", ".xlsx");
            Files.write(file, content);
            inflateEveryEntry(file);
            readFile(file, rowLimit, action);
        } catch (IOException e) {
            log.info("Rejected an uploaded spreadsheet: {}", e.toString());
            throw new SpreadsheetRejectedException(isZipBomb(e) ? "import.file.zipBomb" : "import.file.corrupt");
        } finally {
            slots.release();
            if (file != null) deleteQuietly(file);
        }
    }

    /** Waits briefly for a free slot, then refuses: a queue of big files would only move the exhaustion later. */
    private void acquire() {
        try {
            if (!slots.tryAcquire(2, TimeUnit.SECONDS)) {
                log.warn("Refused an upload: the allowed number of imports are already being read");
                throw new ImportsBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportsBusyException();
        }
    }

    private void readFile(Path file, int rowLimit, Consumer<SheetRow> action) throws IOException {
        String limitText = new VnFormat().number(Math.max(0, rowLimit - HEADER_ALLOWANCE));
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            requireWorkbook(pkg);
            ReadOnlySharedStringsTable strings = sharedStrings(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = styles(reader);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) throw new SpreadsheetRejectedException("import.file.noSheet");
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetRowsHandler(strings, styles, rowLimit, limitText, row -> {
                    try {
                        action.accept(row);
                    } catch (RuntimeException e) {
                        throw new ActionFailed(e);
                    }
                }));
                parser.parse(new InputSource(sheet));
            }
        } catch (ActionFailed e) {
            throw e.getCause();
        } catch (SpreadsheetRejectedException e) {
            throw e;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new SpreadsheetRejectedException("import.file.oldXls");
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new SpreadsheetRejectedException("import.file.notXlsx");
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            // Broken XML (SAXException), zip bombs found while inflating, POI's runtime exceptions on odd packages
            if (e.getCause() instanceof ActionFailed a) throw a.getCause();
            if (e.getCause() instanceof SpreadsheetRejectedException r) throw r;
            log.info("Rejected an uploaded spreadsheet: {}", e.toString());
            throw new SpreadsheetRejectedException(isZipBomb(e) ? "import.file.zipBomb" : "import.file.corrupt");
        }
    }

    /**
     * Inflates every entry once into nothing, through POI's guarded ZIP reader: a zip bomb (inflate ratio, entry
     * size) or a truncated archive is refused here, before POI opens the package lazily, with constant memory.
     */
    private static void inflateEveryEntry(Path file) {
        byte[] sink = new byte[64 * 1024];
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            var entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    while (in.read(sink) >= 0) {
                        // only the guard's checks matter
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            log.info("Rejected an uploaded spreadsheet: {}", e.toString());
            throw new SpreadsheetRejectedException(isZipBomb(e) ? "import.file.zipBomb" : "import.file.corrupt");
        }
    }

    /** Carries an exception of the caller's row action through the parser, to be rethrown unchanged. */
    private static final class ActionFailed extends RuntimeException {
        ActionFailed(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg) throws Exception {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) return null;
        PackagePart part = parts.get(0);
        if (part.getSize() > MAX_SHARED_STRINGS_BYTES) throw new SpreadsheetRejectedException("import.file.zipBomb");
        return new ReadOnlySharedStringsTable(part, false);
    }

    /** Styles tell dates from numbers; a workbook without them (some generators) just has no dates. */
    private static StylesTable styles(XSSFReader reader) {
        try {
            return reader.getStylesTable();
        } catch (Exception e) {
            return null;
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("max entry size") || m.contains("MaxEntrySize")) return true;
        }
        return false;
    }

    private static void requireWorkbook(OPCPackage pkg) throws InvalidFormatException {
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

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the temporary upload {}: {}", file, e.toString());
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (content[i] != prefix[i]) return false;
        return true;
    }

    private static String megabytes(long bytes) {
        return new BigDecimal(bytes)
                .divide(new BigDecimal(1024 * 1024), 1, RoundingMode.HALF_UP)
                .toPlainString()
                .replace('.', ',');
    }
}
