package vn.cchc.procedure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.orgunit.RecordWriters;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.procedure.internal.ProcedureSheet;
import vn.cchc.report.Report;
import vn.cchc.report.Reports;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ValidationFailedException;
import vn.cchc.spreadsheet.XlsxReader;

/**
 * A report's procedure catalogue: counts per authority level (validated, optimistic locking per level,
 * audited) and the detail entries imported from XLSX; when a level has details its counts must match them.
 */
@Service
@Transactional(readOnly = true)
public class ProcedureCatalog {

    public static final String ENTITY = "ProcedureCatalog";

    private final ProcedureStore store;
    private final Reports reports;
    private final AuditTrail audit;
    private final Messages messages;
    private final ProcedureSheet sheet;

    ProcedureCatalog(
            ProcedureStore store, Reports reports, AuditTrail audit, MessageSource messages, XlsxReader reader) {
        this.store = store;
        this.reports = reports;
        this.audit = audit;
        this.messages = new Messages(messages);
        this.sheet = new ProcedureSheet(reader, messages);
    }

    /** Counts per level of a report, levels without counts left out; no access check (composer, checks). */
    public List<ProcedureLevelView> summaryForReport(long reportId) {
        return store.summaries(reportId).stream()
                .map(s -> new ProcedureLevelView(s.level(), s.fields(), s.procedures()))
                .toList();
    }

    /** The four levels (with versions and detail counts) and the entries; 404 when the viewer may not see it. */
    public ProcedureCatalogView get(UnitViewer viewer, long reportId) {
        reports.get(viewer, reportId);
        return view(reportId);
    }

    /**
     * Saves the counts of the given levels (both blank removes a level's counts). 422 when a rule fails (nothing
     * saved), 409 when the report is frozen or a level's version is stale.
     */
    @Transactional
    public ProcedureCatalogView saveCounts(UnitViewer viewer, long reportId, List<LevelCounts> input) {
        Report report = requireChangeable(viewer, reportId);
        ProcedureCatalogView before = view(reportId);
        List<FieldViolation> errors = validate(input, before);
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        for (LevelCounts c : input) {
            boolean ok;
            if (c.fields() == null && c.procedures() == null) {
                ok = c.version() == 0
                        ? store.summary(reportId, c.level()).isEmpty()
                        : store.delete(reportId, c.level(), c.version());
            } else {
                var current = store.summary(reportId, c.level());
                boolean unchanged = current.isPresent()
                        && current.get().version() == c.version()
                        && current.get().fields() == c.fields()
                        && current.get().procedures() == c.procedures();
                ok = unchanged || store.upsert(reportId, c.level(), c.fields(), c.procedures(), c.version());
            }
            if (!ok) throw new ConflictException("error.staleVersion");
        }
        audit.record(AuditEvent.of("UPDATE", ENTITY, reportId, counts(before), counts(view(reportId)))
                .forReport(reportId, report.getOrgUnitId()));
        return view(reportId);
    }

    private Report requireChangeable(UnitViewer viewer, long reportId) {
        Report report = reports.requireEditable(viewer, reportId);
        RecordWriters.require(viewer, report.getOrgUnitId());
        return report;
    }

    /** The rules of the counts, in Vietnamese, fields {@code levels[i].fields|procedures}. */
    public List<FieldViolation> validate(List<LevelCounts> input, ProcedureCatalogView current) {
        Map<AuthorityLevel, LevelCounts> details =
                current.levels().stream().collect(Collectors.toMap(LevelCounts::level, l -> l));
        List<FieldViolation> errors = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            LevelCounts c = input.get(i);
            String level = messages.text(c.level().messageKey());
            String f = "levels[" + i + "].";
            if ((c.fields() == null) != (c.procedures() == null)) {
                errors.add(new FieldViolation(
                        f + (c.fields() == null ? "fields" : "procedures"),
                        messages.text("procedure.rule.both", level)));
                continue;
            }
            if (c.fields() == null) {
                LevelCounts d = details.get(c.level());
                if (d != null && d.hasDetails()) {
                    errors.add(new FieldViolation(
                            f + "procedures",
                            messages.text(
                                    "procedure.rule.detailsNeedCounts",
                                    level,
                                    String.valueOf(d.detailFields()),
                                    String.valueOf(d.detailProcedures()))));
                }
                continue;
            }
            if (c.fields() < 0)
                errors.add(new FieldViolation(
                        f + "fields",
                        messages.text(
                                "procedure.rule.negative",
                                level,
                                messages.text("procedure.word.fields"),
                                String.valueOf(c.fields()))));
            if (c.procedures() < 0)
                errors.add(new FieldViolation(
                        f + "procedures",
                        messages.text(
                                "procedure.rule.negative",
                                level,
                                messages.text("procedure.word.procedures"),
                                String.valueOf(c.procedures()))));
            if (c.fields() < 0 || c.procedures() < 0) continue;
            if (c.fields() > c.procedures()) {
                errors.add(new FieldViolation(
                        f + "fields",
                        messages.text(
                                "procedure.rule.fieldsExceedProcedures",
                                level,
                                String.valueOf(c.fields()),
                                String.valueOf(c.procedures()))));
            }
            LevelCounts d = details.get(c.level());
            if (d != null && d.hasDetails()) {
                if (c.fields() != d.detailFields()) {
                    errors.add(new FieldViolation(
                            f + "fields",
                            messages.text(
                                    "procedure.rule.detailFields",
                                    level,
                                    String.valueOf(c.fields()),
                                    String.valueOf(d.detailFields()))));
                }
                if (c.procedures() != d.detailProcedures()) {
                    errors.add(new FieldViolation(
                            f + "procedures",
                            messages.text(
                                    "procedure.rule.detailProcedures",
                                    level,
                                    String.valueOf(c.procedures()),
                                    String.valueOf(d.detailProcedures()))));
                }
            }
        }
        return errors;
    }

    /**
     * Replaces the detail entries with those of an uploaded file (all rows or none) and sets the counts of every
     * level present in the file from its entries. Levels absent from the file keep their counts.
     */
    @Transactional
    public ProcedureCatalogView importSpreadsheet(UnitViewer viewer, long reportId, byte[] content) {
        Report report = requireChangeable(viewer, reportId);
        List<ProcedureEntryView> entries = sheet.parse(content);
        ProcedureCatalogView before = view(reportId);
        store.replaceEntries(reportId, entries);
        Map<AuthorityLevel, List<ProcedureEntryView>> byLevel = entries.stream()
                .collect(Collectors.groupingBy(ProcedureEntryView::level, LinkedHashMap::new, Collectors.toList()));
        byLevel.forEach((level, list) -> {
            long version = store.summary(reportId, level)
                    .map(ProcedureStore.Summary::version)
                    .orElse(0L);
            store.upsert(reportId, level, distinctFields(list), list.size(), version);
        });
        audit.record(AuditEvent.of(
                        "IMPORT",
                        ENTITY,
                        reportId,
                        Map.of(
                                "counts",
                                counts(before),
                                "entries",
                                before.entries().size()),
                        Map.of("counts", counts(view(reportId)), "entries", entries.size()))
                .forReport(reportId, report.getOrgUnitId()));
        return view(reportId);
    }

    public byte[] template() {
        return sheet.template();
    }

    private ProcedureCatalogView view(long reportId) {
        List<ProcedureEntryView> entries = store.entries(reportId);
        Map<AuthorityLevel, ProcedureStore.Summary> summaries =
                store.summaries(reportId).stream().collect(Collectors.toMap(ProcedureStore.Summary::level, s -> s));
        List<LevelCounts> levels = new ArrayList<>();
        for (AuthorityLevel level : AuthorityLevel.values()) {
            List<ProcedureEntryView> mine =
                    entries.stream().filter(e -> e.level() == level).toList();
            ProcedureStore.Summary s = summaries.get(level);
            levels.add(new LevelCounts(
                    level,
                    s == null ? null : s.fields(),
                    s == null ? null : s.procedures(),
                    s == null ? 0 : s.version(),
                    distinctFields(mine),
                    mine.size()));
        }
        return new ProcedureCatalogView(levels, entries);
    }

    private static int distinctFields(List<ProcedureEntryView> entries) {
        Set<String> fields = new HashSet<>();
        for (ProcedureEntryView e : entries) fields.add(ProcedureSheet.key(e.fieldName()));
        return fields.size();
    }

    private static List<Map<String, Object>> counts(ProcedureCatalogView v) {
        return v.levels().stream()
                .filter(l -> l.fields() != null)
                .map(l -> Map.<String, Object>of(
                        "level", l.level().name(), "fields", l.fields(), "procedures", l.procedures()))
                .toList();
    }
}
