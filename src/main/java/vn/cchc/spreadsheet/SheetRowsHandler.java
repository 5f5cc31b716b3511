package vn.cchc.spreadsheet;

import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX events of one worksheet's XML turned into {@link SheetRow}s, one row at a time: only the current row is
 * in memory. Counts the non-empty rows and stops the parse (an exception) as soon as one more than
 * {@code rowLimit} arrives, before that row is built. Cells: shared and inline strings, numbers (also the
 * cached result of a formula), booleans and errors as text; at most {@link #MAX_COLUMNS} columns. A number in a
 * date format shows as dd/MM/yyyy and keeps its serial in {@link SheetCell#number()}.
 */
final class SheetRowsHandler extends DefaultHandler {

    static final int MAX_COLUMNS = 64;
    private static final DateTimeFormatter SHOW_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final int rowLimit;
    private final String limitText;
    private final Consumer<SheetRow> action;

    private int rows;
    private int rowNumber;
    private List<SheetCell> cells;
    private int column;
    private String type;
    private String style;
    private boolean inValue;
    private boolean inInlineText;
    private boolean inPhonetic;
    private final StringBuilder text = new StringBuilder();

    SheetRowsHandler(
            ReadOnlySharedStringsTable strings,
            StylesTable styles,
            int rowLimit,
            String limitText,
            Consumer<SheetRow> action) {
        this.strings = strings;
        this.styles = styles;
        this.rowLimit = rowLimit;
        this.limitText = limitText;
        this.action = action;
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
                if (cells == null) return;
                String ref = atts.getValue("r");
                column = ref == null ? cells.size() : columnIndex(ref);
                type = atts.getValue("t");
                style = atts.getValue("s");
                text.setLength(0);
            }
            case "v" -> inValue = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> inInlineText = "inlineStr".equals(type) && !inPhonetic;
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if ((inValue || inInlineText) && text.length() < 32_768) text.append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                if (cells == null || column >= MAX_COLUMNS || column < 0) return;
                SheetCell cell = cell();
                while (cells.size() < column) cells.add(SheetCell.BLANK);
                if (cells.size() == column) cells.add(cell);
            }
            case "row" -> {
                SheetRow row = new SheetRow(rowNumber, trimmed(cells));
                cells = null;
                if (row.isBlank()) return;
                if (++rows > rowLimit) throw new SpreadsheetRejectedException("import.file.tooManyRows", limitText);
                action.accept(row);
            }
            default -> {}
        }
    }

    private SheetCell cell() {
        String raw = text.toString();
        if (type == null || type.equals("n")) {
            if (raw.isBlank()) return SheetCell.BLANK;
            try {
                double d = Double.parseDouble(raw.trim());
                if (isDateStyle() && DateUtil.isValidExcelDate(d)) {
                    return new SheetCell(SHOW_DATE.format(DateUtil.getLocalDateTime(d)), d);
                }
                return new SheetCell(plain(d), d);
            } catch (NumberFormatException e) {
                return new SheetCell(clean(raw), null);
            }
        }
        return switch (type) {
            case "s" -> new SheetCell(clean(sharedString(raw)), null);
            case "b" -> new SheetCell(String.valueOf("1".equals(raw.trim())), null);
            case "str" -> numericFormulaResult(raw);
            default -> new SheetCell(clean(raw), null); // inlineStr, e (error text such as #DIV/0!)
        };
    }

    /** A formula's cached result typed "str" may still be a number written as text by some tools: keep it text. */
    private static SheetCell numericFormulaResult(String raw) {
        return new SheetCell(clean(raw), null);
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

    private String sharedString(String index) {
        if (strings == null) return "";
        try {
            return strings.getItemAt(Integer.parseInt(index.trim())).getString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static List<SheetCell> trimmed(List<SheetCell> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) end--;
        return List.copyOf(cells.subList(0, end));
    }

    /** "AB12" → 27. */
    static int columnIndex(String ref) {
        int index = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch < 'A' || ch > 'Z') break;
            index = index * 26 + (ch - 'A' + 1);
            if (index > 20_000) return -1;
        }
        return index - 1;
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String clean(String s) {
        return s == null ? "" : Normalizer.normalize(s.replace('\u00a0', ' ').trim(), Normalizer.Form.NFC);
    }
}
