package vn.cchc.document.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import vn.cchc.document.Diacritics;
import vn.cchc.document.ImportField;
import vn.cchc.document.IssuedDocuments;
import vn.cchc.document.NumberSymbols;
import vn.cchc.document.RowError;
import vn.cchc.spreadsheet.SheetCell;
import vn.cchc.spreadsheet.SheetRow;

/**
 * Turns the rows of an uploaded register, as they stream in, into {@link ImportRow}s and {@link RowError}s. The
 * header is the first of the first {@value #HEADER_SEARCH} rows that names the number/symbol column (rows above it
 * are the export's title); columns are taken from the clerk's mapping, else the unit's remembered one, else the
 * usual headers. Only the parsed documents are kept, not the rows.
 */
public final class RegisterSheet implements RowSink {

    static final int HEADER_SEARCH = 20;
    private static final int SAMPLE_ROWS = 5;
    private static final int SUMMARY_MAX = 4000;
    private static final int NAME_MAX = 200;

    /** What the sheet needs from the app: the unit's name for default issuers, type names, message texts. */
    public record Context(
            String unitName,
            Map<ImportField, String> remembered,
            Map<ImportField, Integer> requested,
            Map<String, String> typeNames,
            BiFunction<String, Object[], String> texts) {}

    private final Context ctx;
    private final List<SheetRow> beforeHeader = new ArrayList<>();
    private final List<ImportRow> rows = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private final List<List<String>> samples = new ArrayList<>();
    private final Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
    private List<String> headers;
    private int headerRow;

    public RegisterSheet(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public void accept(SheetRow row) {
        if (headers == null) {
            if (isHeader(row)) {
                useHeader(row);
                beforeHeader.clear();
                return;
            }
            beforeHeader.add(row);
            if (beforeHeader.size() == HEADER_SEARCH) fallbackHeader();
            return;
        }
        if (samples.size() < SAMPLE_ROWS)
            samples.add(row.cells().stream().map(SheetCell::text).toList());
        if (mapping.containsKey(ImportField.NUMBER) && mapping.containsKey(ImportField.DATE)) parse(row);
    }

    /** Call after the last row: reports a missing header. */
    public void finish() {
        if (headers == null && !beforeHeader.isEmpty()) fallbackHeader();
        if (headers == null) {
            errors.add(new RowError(
                    1, text(ImportField.NUMBER), ctx.texts().apply("register.import.empty", new Object[0])));
        }
    }

    /**
     * No row names the number column under a known header: take the first row with two or more filled cells as the
     * header (a title row has one), so the clerk can map its columns; the rows after it are data.
     */
    private void fallbackHeader() {
        int at = 0;
        for (int i = 0; i < beforeHeader.size(); i++) {
            if (beforeHeader.get(i).cells().stream().filter(c -> !c.isBlank()).count() >= 2) {
                at = i;
                break;
            }
        }
        List<SheetRow> rest = new ArrayList<>(beforeHeader.subList(at + 1, beforeHeader.size()));
        useHeader(beforeHeader.get(at));
        beforeHeader.clear();
        rest.forEach(this::accept);
    }

    public List<ImportRow> rows() {
        return rows;
    }

    public List<RowError> errors() {
        return errors;
    }

    public List<String> headers() {
        return headers == null ? List.of() : headers;
    }

    public int headerRow() {
        return headerRow;
    }

    public Map<ImportField, Integer> mapping() {
        return mapping;
    }

    public List<List<String>> samples() {
        return samples;
    }

    // ---- header and mapping --------------------------------------------------------------------------------

    private boolean isHeader(SheetRow row) {
        String remembered = ctx.remembered().get(ImportField.NUMBER);
        for (SheetCell c : row.cells()) {
            String h = ImportField.fold(c.text());
            if (ImportField.NUMBER.knows(h) || (remembered != null && remembered.equals(h))) return true;
        }
        return false;
    }

    private void useHeader(SheetRow row) {
        headerRow = row.number();
        headers = row.cells().stream().map(SheetCell::text).toList();
        for (ImportField f : ImportField.values()) {
            Integer asked = ctx.requested().get(f);
            Integer column = asked != null ? (asked >= 0 && asked < headers.size() ? asked : null) : guess(f);
            if (column != null) mapping.put(f, column);
            else if (f.required()) {
                errors.add(new RowError(
                        headerRow, text(f), ctx.texts().apply("register.import.missingColumn", new Object[] {text(f)
                        })));
            }
        }
    }

    private Integer guess(ImportField f) {
        String remembered = ctx.remembered().get(f);
        if (remembered != null) {
            for (int i = 0; i < headers.size(); i++)
                if (ImportField.fold(headers.get(i)).equals(remembered)) return i;
        }
        for (int i = 0; i < headers.size(); i++) if (f.knows(ImportField.fold(headers.get(i)))) return i;
        return null;
    }

    // ---- one data row --------------------------------------------------------------------------------------

    private void parse(SheetRow row) {
        int before = errors.size();
        String number = row.text(mapping.get(ImportField.NUMBER));
        if (number.isBlank()) error(row, ImportField.NUMBER, "register.import.number.blank");
        else if (number.length() > IssuedDocuments.NUMBER_MAX) {
            error(row, ImportField.NUMBER, "register.import.number.long", number, IssuedDocuments.NUMBER_MAX);
        }
        SheetCell dateCell = row.cell(mapping.get(ImportField.DATE));
        LocalDate date = null;
        if (dateCell.isBlank()) error(row, ImportField.DATE, "register.import.date.blank");
        else {
            date = ImportDates.parse(dateCell).orElse(null);
            if (date == null) error(row, ImportField.DATE, "register.import.date.invalid", dateCell.text());
        }
        String summary = optional(row, ImportField.SUMMARY, SUMMARY_MAX);
        String signer = mapping.containsKey(ImportField.SIGNER)
                ? Optional.ofNullable(optional(row, ImportField.SIGNER, NAME_MAX))
                        .orElse("")
                : null;
        String issuer = optional(row, ImportField.ISSUER, NAME_MAX);
        boolean party = NumberSymbols.isParty(number) || (issuer != null && isPartyName(issuer));
        String type = type(row, number);
        if (errors.size() > before) return;
        String kind = party
                ? "PARTY"
                : issuer == null || Diacritics.fold(issuer).contains(Diacritics.fold(ctx.unitName())) ? "OWN" : "OTHER";
        String issuerName = issuer != null ? issuer : (party ? "Đảng ủy " : "UBND ") + ctx.unitName();
        String key = NumberSymbols.normalise(number) + "|" + date + "|" + NumberSymbols.normalise(issuerName);
        rows.add(new ImportRow(row.number(), number, date, type, summary, signer, kind, issuerName, key));
    }

    private String type(SheetRow row, String number) {
        Integer column = mapping.get(ImportField.TYPE);
        String written = column == null ? "" : row.text(column);
        if (!written.isBlank()) {
            String code = ctx.typeNames().get(ImportField.fold(written));
            if (code == null) error(row, ImportField.TYPE, "register.import.type.unknown", written);
            return code;
        }
        if (number.isBlank()) return null;
        Optional<String> derived = NumberSymbols.typeOf(number);
        if (derived.isEmpty()) {
            error(
                    row,
                    column == null ? ImportField.NUMBER : ImportField.TYPE,
                    "register.import.type.underived",
                    number);
            return null;
        }
        return derived.get();
    }

    private static boolean isPartyName(String issuer) {
        String f = Diacritics.fold(issuer);
        return f.startsWith("dang uy")
                || f.startsWith("dang bo")
                || f.startsWith("chi bo")
                || f.startsWith("ban chap hanh dang");
    }

    private String optional(SheetRow row, ImportField f, int max) {
        Integer column = mapping.get(f);
        if (column == null) return null;
        String v = row.text(column);
        if (v.isBlank()) return null;
        if (v.length() > max) {
            error(row, f, "register.import.tooLong", max);
            return null;
        }
        return v;
    }

    private void error(SheetRow row, ImportField f, String key, Object... args) {
        Integer column = mapping.get(f);
        String name = column != null
                        && column < headers.size()
                        && !headers.get(column).isBlank()
                ? headers.get(column)
                : text(f);
        String letter = column == null ? "" : SheetRow.column(column);
        Object[] all = new Object[args.length + 3];
        all[0] = String.valueOf(row.number());
        all[1] = name;
        all[2] = letter;
        System.arraycopy(args, 0, all, 3, args.length);
        errors.add(new RowError(row.number(), name, ctx.texts().apply(key, all)));
    }

    private String text(ImportField f) {
        return ctx.texts().apply(f.labelKey(), new Object[0]);
    }
}
