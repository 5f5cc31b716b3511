package vn.cchc.document;

import static vn.cchc.shared.Messages.VI;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.document.ImportPreview.Change;
import vn.cchc.document.ImportPreview.Entry;
import vn.cchc.document.ImportPreview.FieldChange;
import vn.cchc.document.internal.CsvRows;
import vn.cchc.document.internal.ImportRow;
import vn.cchc.document.internal.RegisterFileRejected;
import vn.cchc.document.internal.RegisterSheet;
import vn.cchc.document.internal.RegisterStore;
import vn.cchc.document.internal.RegisterStore.Stored;
import vn.cchc.document.internal.RegisterStore.Write;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.RecordWriters;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.Messages;
import vn.cchc.shared.NotFoundException;
import vn.cchc.spreadsheet.XlsxReader;

/**
 * Brings a unit's register in from the e-office system's export (XLSX or CSV): maps the columns, reads the rows
 * as they stream, matches each document with the register by number + date + issuer (normalised as the
 * duplicate-number check does) and tells new, unchanged and changed apart. A commit writes all of it or nothing:
 * any row with an error and nothing is saved. Re-importing the same file finds everything unchanged.
 */
@Service
@Transactional(readOnly = true)
public class RegisterImport {

    public static final String ENTITY = "IssuedDocumentImport";
    private static final byte[] ZIP = {0x50, 0x4b, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0};
    private static final int SHOWN = 200;

    private final RegisterStore store;
    private final OrgUnits orgUnits;
    private final IssuedDocuments documents;
    private final AuditTrail audit;
    private final Messages messages;
    private final XlsxReader xlsx;
    private final int maxRows;
    private final long maxBytes;

    RegisterImport(
            RegisterStore store,
            OrgUnits orgUnits,
            IssuedDocuments documents,
            AuditTrail audit,
            MessageSource messages,
            XlsxReader xlsx,
            @Value("${cchc.register-import.max-rows:10000}") int maxRows,
            @Value("${cchc.register-import.max-bytes:5242880}") long maxBytes) {
        this.store = store;
        this.orgUnits = orgUnits;
        this.documents = documents;
        this.audit = audit;
        this.messages = new Messages(messages);
        this.xlsx = xlsx;
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
    }

    /** 404 unless the viewer sees the unit, 403 unless they may change its register. */
    public void requireWriter(UnitViewer viewer, long unitId) {
        if (!orgUnits.canSee(viewer, unitId)) throw new NotFoundException("error.orgUnit.notFound", unitId);
        RecordWriters.require(viewer, unitId);
    }

    /** What importing the file would do; saves nothing. */
    public ImportPreview preview(
            UnitViewer viewer, long unitId, String fileName, byte[] content, Map<ImportField, Integer> requested) {
        requireWriter(viewer, unitId);
        return compute(unitId, fileName, content, requested).preview(false);
    }

    /** Imports the file when it has no error (all rows or none) and remembers the mapping; else saves nothing. */
    @Transactional
    public ImportPreview commit(
            UnitViewer viewer, long unitId, String fileName, byte[] content, Map<ImportField, Integer> requested) {
        requireWriter(viewer, unitId);
        store.lockUnit(unitId);
        Outcome o = compute(unitId, fileName, content, requested);
        if (!o.errors.isEmpty()) return o.preview(false);
        store.insert(unitId, o.inserts);
        store.update(o.updates);
        for (Change c : o.changes) {
            Map<String, String> before = new LinkedHashMap<>();
            Map<String, String> after = new LinkedHashMap<>();
            c.fields().forEach(f -> {
                before.put(f.code(), f.before());
                after.put(f.code(), f.after());
            });
            audit.record(AuditEvent.of("UPDATE", IssuedDocuments.ENTITY, c.documentId(), before, after)
                    .forReport(null, unitId)
                    .withComment(messages.text("register.import.audit.comment", fileName)));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("file", fileName);
        summary.put("new", o.inserts.size());
        summary.put("changed", o.updates.size());
        summary.put("unchanged", o.unchanged);
        summary.put("duplicates", o.duplicateNotes.size());
        if (!o.inserts.isEmpty() || !o.updates.isEmpty()) {
            audit.record(AuditEvent.of("IMPORT", ENTITY, unitId, null, summary).forReport(null, unitId));
        }
        Map<ImportField, String> remembered = new EnumMap<>(ImportField.class);
        o.sheet
                .mapping()
                .forEach((f, column) ->
                        remembered.put(f, ImportField.fold(o.sheet.headers().get(column))));
        store.saveMapping(unitId, remembered);
        return o.preview(true);
    }

    /** The mapping the unit used last time: field → folded header. */
    public Map<ImportField, String> rememberedMapping(long unitId) {
        return store.mapping(unitId);
    }

    // ---- staged uploads (the page's steps) -----------------------------------------------------------------

    @Transactional
    public UUID stage(UnitViewer viewer, String username, long unitId, String fileName, byte[] content) {
        requireWriter(viewer, unitId);
        checkFile(content);
        return store.stage(unitId, username, fileName, content);
    }

    /** A staged file of this unit (404 for another unit's or a finished one). */
    public RegisterStore.Staged staged(UnitViewer viewer, long unitId, UUID id) {
        requireWriter(viewer, unitId);
        return store.staged(id)
                .filter(s -> s.unitId() == unitId)
                .orElseThrow(() -> new NotFoundException("register.import.notFound"));
    }

    @Transactional
    public void discard(UUID id) {
        store.discard(id);
    }

    /** Refuses an empty, too large or old-Excel file before it is read. */
    public void checkFile(byte[] content) {
        checkSize(content == null ? 0 : content.length);
        if (startsWith(content, OLE2)) throw new RegisterFileRejected("register.import.file.oldXls");
    }

    /** Refuses an empty or too large file by its declared size, before its bytes are read. */
    public void checkSize(long size) {
        if (size <= 0) throw new RegisterFileRejected("register.import.file.empty");
        if (size > maxBytes) {
            throw new RegisterFileRejected(
                    "register.import.file.tooLarge", String.format(VI, "%.1f", maxBytes / 1048576.0));
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    // ---- the work ------------------------------------------------------------------------------------------

    private Outcome compute(long unitId, String fileName, byte[] content, Map<ImportField, Integer> requested) {
        checkFile(content);
        RegisterSheet sheet = new RegisterSheet(new RegisterSheet.Context(
                orgUnits.get(unitId).getName(),
                store.mapping(unitId),
                requested == null ? Map.of() : requested,
                typeNames(),
                (key, args) -> messages.text(key, args)));
        if (startsWith(content, ZIP)) xlsx.forEachRow(content, maxBytes, maxRows, sheet::accept);
        else if (looksBinary(content)) throw new RegisterFileRejected("register.import.file.unknown");
        else CsvRows.read(content, maxRows, sheet);
        sheet.finish();
        Outcome o = new Outcome(fileName, sheet);
        classify(o, store.register(unitId));
        return o;
    }

    private void classify(Outcome o, List<Stored> register) {
        Map<String, Stored> byKey = new HashMap<>();
        for (Stored s : register) {
            if (s.issuedOn() == null) continue;
            byKey.putIfAbsent(
                    NumberSymbols.normalise(s.numberSymbol()) + "|" + s.issuedOn() + "|"
                            + NumberSymbols.normalise(s.issuerName()),
                    s);
        }
        Map<String, ImportRow> seen = new HashMap<>();
        for (ImportRow r : o.sheet.rows()) {
            ImportRow first = seen.putIfAbsent(r.key(), r);
            if (first != null) {
                if (first.sameAs(r)) {
                    o.duplicateNotes.add(messages.text(
                            "register.import.duplicate",
                            String.valueOf(r.row()),
                            r.numberSymbol(),
                            String.valueOf(first.row())));
                } else {
                    o.errors.add(new RowError(
                            r.row(),
                            header(o.sheet, ImportField.NUMBER),
                            messages.text(
                                    "register.import.conflict",
                                    String.valueOf(r.row()),
                                    header(o.sheet, ImportField.NUMBER),
                                    r.numberSymbol(),
                                    String.valueOf(first.row()))));
                }
                continue;
            }
            o.byType.merge(r.docType(), 1, Integer::sum);
            String label = documents.typeLabel(r.docType());
            String search = IssuedDocument.searchText(label, r.numberSymbol(), r.summary(), r.issuerName());
            Stored s = byKey.get(r.key());
            if (s == null) {
                o.inserts.add(new Write(
                        null,
                        r.numberSymbol(),
                        r.issuedOn(),
                        r.docType(),
                        r.summary(),
                        r.signer(),
                        false,
                        r.issuerKind(),
                        r.issuerName(),
                        search));
                if (o.newDocuments.size() < SHOWN) {
                    o.newDocuments.add(
                            new Entry(r.row(), r.numberSymbol(), r.issuedOn(), label, r.summary(), r.issuerName()));
                }
                continue;
            }
            List<FieldChange> diff = diff(s, r);
            if (diff.isEmpty()) {
                o.unchanged++;
            } else {
                o.updates.add(new Write(
                        s.id(),
                        r.numberSymbol(),
                        r.issuedOn(),
                        r.docType(),
                        r.summary(),
                        r.signer(),
                        r.signer() == null,
                        s.issuerKind(),
                        r.issuerName(),
                        search));
                o.changes.add(new Change(r.row(), s.id(), r.numberSymbol(), r.issuedOn(), diff));
            }
        }
        o.errors.addAll(0, o.sheet.errors());
        o.errors.sort((a, b) -> Integer.compare(a.row(), b.row()));
    }

    private List<FieldChange> diff(Stored s, ImportRow r) {
        List<FieldChange> out = new ArrayList<>();
        change(out, "numberSymbol", "document.field.numberSymbol", s.numberSymbol(), r.numberSymbol());
        if (!Objects.equals(s.docType(), r.docType())) {
            out.add(new FieldChange(
                    "docType",
                    messages.text("document.field.docType"),
                    documents.typeLabel(s.docType()),
                    documents.typeLabel(r.docType())));
        }
        change(out, "summary", "document.field.summary", s.summary(), r.summary());
        change(out, "issuerName", "document.field.issuerName", s.issuerName(), r.issuerName());
        if (r.signer() != null)
            change(out, "signer", "register.field.SIGNER", blankToNull(s.signer()), blankToNull(r.signer()));
        return out;
    }

    private void change(List<FieldChange> out, String code, String labelKey, String before, String after) {
        if (!Objects.equals(nfc(before), nfc(after)))
            out.add(new FieldChange(code, messages.text(labelKey), before, after));
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Type names a file may carry → doc_type: our labels, our codes, the symbol codes, and other Decree 30 kinds. */
    private Map<String, String> typeNames() {
        Map<String, String> names = new HashMap<>();
        for (DocType t : DocType.values()) {
            names.put(ImportField.fold(t.name()), t.name());
            names.put(ImportField.fold(documents.typeLabel(t.name())), t.name());
        }
        for (String other : messages.text("register.import.otherTypes").split(","))
            names.put(ImportField.fold(other), "OTHER");
        names.put("van ban khac", "OTHER");
        names.put("cong van", "CV");
        return names;
    }

    private String header(RegisterSheet sheet, ImportField f) {
        Integer c = sheet.mapping().get(f);
        return c == null ? messages.text(f.labelKey()) : sheet.headers().get(c);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (content[i] != prefix[i]) return false;
        return true;
    }

    /** NUL bytes in the first kilobyte (outside UTF-16): not a text export. */
    private static boolean looksBinary(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFF || (b[0] & 0xff) == 0xFE)) return false;
        for (int i = 0; i < Math.min(b.length, 1024); i++) if (b[i] == 0) return true;
        return false;
    }

    /** The working state of one import. */
    private static final class Outcome {
        final String fileName;
        final RegisterSheet sheet;
        final List<Write> inserts = new ArrayList<>();
        final List<Write> updates = new ArrayList<>();
        final List<Entry> newDocuments = new ArrayList<>();
        final List<Change> changes = new ArrayList<>();
        final List<String> duplicateNotes = new ArrayList<>();
        final List<RowError> errors = new ArrayList<>();
        final Map<String, Integer> byType = new TreeMap<>();
        int unchanged;

        Outcome(String fileName, RegisterSheet sheet) {
            this.fileName = fileName;
            this.sheet = sheet;
        }

        ImportPreview preview(boolean committed) {
            return new ImportPreview(
                    fileName,
                    sheet.headerRow(),
                    sheet.headers(),
                    sheet.mapping(),
                    sheet.samples(),
                    inserts.size(),
                    unchanged,
                    updates.size(),
                    duplicateNotes.size(),
                    List.copyOf(errors),
                    newDocuments,
                    changes.size() > SHOWN ? changes.subList(0, SHOWN) : changes,
                    duplicateNotes,
                    byType,
                    committed);
        }
    }
}
