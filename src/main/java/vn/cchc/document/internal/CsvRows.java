package vn.cchc.document.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.spreadsheet.SheetCell;
import vn.cchc.spreadsheet.SheetRow;

/**
 * Streams the records of a CSV export: UTF-8 with or without a byte-order mark (UTF-16 with its mark, as Excel's
 * "Unicode text" writes it; Windows-1258 when the bytes are not UTF-8), separated by {@code ;}, {@code ,} or a tab
 * (whichever the first line uses most outside quotes), fields quoted with {@code "} (doubled inside, line breaks
 * allowed). The row number is the record's number, as Excel shows it when it opens the file.
 */
public final class CsvRows {

    private static final int MAX_COLUMNS = 64;
    private static final int MAX_FIELD = 10_000;

    private CsvRows() {}

    public static void read(byte[] content, int maxRows, RowSink sink) {
        try (Reader in = reader(content)) {
            char separator = separator(content);
            parse(in, separator, maxRows, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void parse(Reader in, char separator, int maxRows, RowSink sink) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        int record = 1;
        int dataRows = 0;
        int c;
        while ((c = in.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    append(field, ch);
                }
                continue;
            }
            if (ch == '"') {
                if (afterQuote) append(field, '"'); // "" inside a quoted field
                quoted = true;
                afterQuote = false;
                continue;
            }
            afterQuote = false;
            if (ch == separator) {
                add(fields, field);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') in.reset();
                }
                add(fields, field);
                dataRows = emit(record++, fields, dataRows, maxRows, sink);
                fields = new ArrayList<>();
            } else {
                append(field, ch);
            }
        }
        if (quoted) throw new RegisterFileRejected("register.import.file.csvQuote", record);
        if (field.length() > 0 || !fields.isEmpty()) {
            add(fields, field);
            emit(record, fields, dataRows, maxRows, sink);
        }
    }

    private static void append(StringBuilder field, char ch) {
        if (field.length() >= MAX_FIELD) throw new RegisterFileRejected("register.import.file.corrupt");
        field.append(ch);
    }

    private static void add(List<String> fields, StringBuilder field) {
        fields.add(field.toString());
        field.setLength(0);
    }

    private static int emit(int record, List<String> fields, int dataRows, int maxRows, RowSink sink) {
        List<SheetCell> cells = new ArrayList<>();
        for (int i = 0; i < fields.size() && i < MAX_COLUMNS; i++) {
            String text = clean(fields.get(i));
            cells.add(text.isEmpty() ? SheetCell.BLANK : new SheetCell(text, null));
        }
        SheetRow row = new SheetRow(record, cells);
        if (row.isBlank()) return dataRows;
        if (dataRows + 1 > maxRows) throw new RegisterFileRejected("register.import.file.tooManyRows", maxRows);
        sink.accept(row);
        return dataRows + 1;
    }

    private static Reader reader(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return stream(b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)
            return stream(b, 2, StandardCharsets.UTF_16LE);
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)
            return stream(b, 2, StandardCharsets.UTF_16BE);
        return stream(b, 0, isUtf8(b) ? StandardCharsets.UTF_8 : Charset.forName("windows-1258"));
    }

    private static Reader stream(byte[] b, int offset, Charset charset) {
        return new BufferedReader(
                new InputStreamReader(new ByteArrayInputStream(b, offset, b.length - offset), charset));
    }

    private static boolean isUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The separator the first lines use most often outside quotes (; as Vietnamese Excel writes, then , then tab);
     * several lines, because an export may open with a title line that has none.
     */
    private static char separator(byte[] content) throws IOException {
        try (Reader in = reader(content)) {
            int semi = 0;
            int comma = 0;
            int tab = 0;
            int lines = 0;
            boolean quoted = false;
            int c;
            while ((c = in.read()) != -1 && lines < 20) {
                if (c == '"') quoted = !quoted;
                else if (!quoted && c == '\n') lines++;
                else if (!quoted && c == ';') semi++;
                else if (!quoted && c == ',') comma++;
                else if (!quoted && c == '\t') tab++;
            }
            if (tab > semi && tab > comma) return '\t';
            return semi >= comma && semi > 0 ? ';' : ',';
        }
    }

    /** Trimmed (no-break spaces too) and NFC, as the XLSX reader gives its cells. */
    static String clean(String s) {
        return s == null ? "" : Normalizer.normalize(s.replace('\u00a0', ' ').strip(), Normalizer.Form.NFC);
    }
}
