package vn.cchc.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.cchc.spreadsheet.SheetCell;
import vn.cchc.spreadsheet.SheetRow;

/**
 * Streams the rows of an XLSX file's first sheet with SAX (POI's event API): no cell objects are built, one row
 * lives at a time, and reading stops at {@code maxRows} data rows. The file goes through a temporary file so the
 * ZIP is read entry by entry rather than inflated in memory. A date-formatted number keeps its serial in
 * {@link SheetCell#number()} and shows as dd/MM/yyyy; strings are NFC.
 */
public final class XlsxRows {

    private static final Logger log = LoggerFactory.getLogger(XlsxRows.class);
    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_COLUMNS = 64;

    private XlsxRows() {
    }

    public static void read(byte[] content, int maxRows, RowSink sink) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("register-import", ".xlsx");
            Files.write(tmp, content);
            try (OPCPackage pkg = OPCPackage.open(tmp.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                StylesTable styles = reader.getStylesTable();
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) throw new RegisterFileRejected("register.import.file.noSheet");
                try (InputStream sheet = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new SheetHandler(strings, styles, maxRows, sink));
                    xml.parse(new InputSource(sheet));
                }
            }
        } catch (RegisterFileRejected e) {
            throw e;
        } catch (Exception e) {
            RuntimeException inner = unwrap(e);
            if (inner != null) throw inner;
            log.info("Rejected an uploaded register: {}", e.toString());
            throw new RegisterFileRejected("register.import.file.corrupt");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temp file left behind is removed by the OS
                }
            }
        }
    }

    /** SAX wraps what the handler throws; hand back our own refusals unchanged. */
    private static RuntimeException unwrap(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RegisterFileRejected r) return r;
        }
        return null;
    }

    /** More data rows than allowed; thrown from inside the parser to stop it. */
    public static final class RowLimit extends RegisterFileRejected {
        public RowLimit(int max) {
            super("register.import.file.tooManyRows", max);
        }
    }

    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final int maxRows;
        private final RowSink sink;
        private final StringBuilder text = new StringBuilder();
        private List<SheetCell> cells = new ArrayList<>();
        private int rowNumber;
        private int dataRows;
        private int column;
        private String type;
        private String style;
        private boolean inValue;
        private boolean inPhonetic;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, int maxRows, RowSink sink) {
            this.strings = strings;
            this.styles = styles;
            this.maxRows = maxRows;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref == null ? cells.size() : columnOf(ref);
                    type = atts.getValue("t");
                    style = atts.getValue("s");
                    text.setLength(0);
                }
                case "v" -> inValue = true;
                case "t" -> inValue = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    if (column < MAX_COLUMNS) {
                        while (cells.size() < column) cells.add(SheetCell.BLANK);
                        if (cells.size() == column) cells.add(cell());
                    }
                }
                case "row" -> {
                    SheetRow row = new SheetRow(rowNumber, cells);
                    if (!row.isBlank()) {
                        if (++dataRows > maxRows) throw new RowLimit(maxRows);
                        sink.accept(row);
                    }
                }
                default -> { }
            }
        }

        private SheetCell cell() {
            String raw = text.toString();
            if (type == null || "n".equals(type)) {
                if (raw.isBlank()) return SheetCell.BLANK;
                double d;
                try {
                    d = Double.parseDouble(raw.trim());
                } catch (NumberFormatException e) {
                    return new SheetCell(clean(raw), null);
                }
                if (isDateStyle() && DateUtil.isValidExcelDate(d)) {
                    return new SheetCell(SHOW.format(DateUtil.getLocalDateTime(d)), d);
                }
                return new SheetCell(plain(d), d);
            }
            return switch (type) {
                case "s" -> {
                    try {
                        yield new SheetCell(clean(strings.getItemAt(Integer.parseInt(raw.trim())).getString()), null);
                    } catch (RuntimeException e) {
                        throw new RegisterFileRejected("register.import.file.corrupt");
                    }
                }
                case "b" -> new SheetCell("1".equals(raw.trim()) ? "TRUE" : "FALSE", null);
                default -> new SheetCell(clean(raw), null); // inlineStr, str (formula text), e (error text)
            };
        }

        private boolean isDateStyle() {
            if (style == null || styles == null) return false;
            try {
                XSSFCellStyle s = styles.getStyleAt(Integer.parseInt(style));
                return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
            } catch (RuntimeException e) {
                return false;
            }
        }

        private static int columnOf(String ref) {
            int c = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return c - 1;
        }
    }

    static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    static String clean(String s) {
        return s == null ? "" : Normalizer.normalize(s.replace('\u00a0', ' ').strip(), Normalizer.Form.NFC);
    }
}
