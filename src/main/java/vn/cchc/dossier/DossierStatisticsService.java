package vn.cchc.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.dossier.internal.DossierSheet;
import vn.cchc.orgunit.RecordWriters;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.report.Report;
import vn.cchc.report.Reports;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ValidationFailedException;
import vn.cchc.spreadsheet.SpreadsheetRejectedException;
import vn.cchc.spreadsheet.XlsxReader;

/**
 * Reading and replacing a report's one-stop dossier statistics. Every write: the report must be editable,
 * the rows must pass {@link DossierRules} (otherwise nothing is saved), the version must be the current one;
 * rows and version change in one transaction with an audit entry.
 */
@Service
@Transactional(readOnly = true)
public class DossierStatisticsService {

    public static final String ENTITY = "DossierStatistics";
    /** The request field that confirms emptying a non-empty table. */
    public static final String CLEAR_ALL = "clearAll";

    private final DossierStore store;
    private final Reports reports;
    private final AuditTrail audit;
    private final DossierRules rules;
    private final DossierSheet sheet;
    private final Messages messages;

    DossierStatisticsService(
            DossierStore store, Reports reports, AuditTrail audit, MessageSource messages, XlsxReader reader) {
        this.store = store;
        this.reports = reports;
        this.audit = audit;
        this.messages = new Messages(messages);
        this.rules = new DossierRules(messages);
        this.sheet = new DossierSheet(reader, rules, messages);
    }

    /** The statistics of a report the viewer may see (404 otherwise), with the carried-over warnings. */
    public DossierStatistics get(UnitViewer viewer, long reportId) {
        reports.get(viewer, reportId);
        return load(reportId);
    }

    /** The rows of a report, in order, without access checks: for the composer and consolidation. */
    public List<DossierRowView> rowsForReport(long reportId) {
        return store.rows(reportId);
    }

    /**
     * Demo data only: the report's rows as given, without access checks, rules or audit (the demo loaders write
     * through this module rather than into its tables).
     */
    @Transactional
    public void seedDemo(long reportId, List<DossierRowView> rows) {
        store.seed(reportId, rows);
    }

    /** Checks rows without saving: errors only (what the page shows before saving). */
    public List<FieldViolation> validate(List<DossierRowView> rows) {
        return rules.validate(rows);
    }

    public DossierRules rules() {
        return rules;
    }

    private Report requireChangeable(UnitViewer viewer, long reportId) {
        Report report = reports.requireEditable(viewer, reportId);
        RecordWriters.require(viewer, report.getOrgUnitId());
        return report;
    }

    /** Replaces all rows; 422 when a rule fails, 409 when the report is frozen or {@code version} is stale. */
    @Transactional
    public DossierStatistics replace(UnitViewer viewer, long reportId, long version, List<DossierRowView> rows) {
        return replace(viewer, reportId, version, rows, false);
    }

    /**
     * As {@link #replace(UnitViewer, long, long, List)}; an empty {@code rows} replaces a non-empty table only
     * when {@code clearAll} says so (a stray Enter or a lost form must not wipe the Biểu 06): otherwise 422.
     */
    @Transactional
    public DossierStatistics replace(
            UnitViewer viewer, long reportId, long version, List<DossierRowView> rows, boolean clearAll) {
        Report report = requireChangeable(viewer, reportId);
        if (rows.isEmpty() && !clearAll && !store.rows(reportId).isEmpty()) {
            throw new ValidationFailedException(List.of(new FieldViolation(
                    CLEAR_ALL,
                    messages.text(
                            "dossier.clearAll.required", store.rows(reportId).size()))));
        }
        List<FieldViolation> errors = rules.validate(rows);
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        return save(report, version, rows, "UPDATE");
    }

    /**
     * Replaces all rows with those of an uploaded Biểu 06 spreadsheet, all rows or none: a file that cannot
     * be read throws {@link SpreadsheetRejectedException}; bad cells or broken rules throw
     * {@link ValidationFailedException} with one message per cell or rule.
     */
    @Transactional
    public DossierStatistics importSpreadsheet(UnitViewer viewer, long reportId, long version, byte[] content) {
        Report report = requireChangeable(viewer, reportId);
        List<DossierRowView> rows = sheet.parse(content);
        return save(report, version, rows, "IMPORT");
    }

    /** The downloadable template for {@link #importSpreadsheet}. */
    public byte[] template() {
        return sheet.template();
    }

    private DossierStatistics save(Report report, long version, List<DossierRowView> rows, String action) {
        long reportId = report.getId();
        List<DossierRowView> before = store.rows(reportId);
        if (store.version(reportId) != version || !store.bumpVersion(reportId, version)) {
            throw new ConflictException("error.staleVersion");
        }
        store.replaceRows(reportId, rows);
        audit.record(AuditEvent.of(action, ENTITY, reportId, Map.of("rows", before), Map.of("rows", rows))
                .forReport(reportId, report.getOrgUnitId()));
        return load(reportId);
    }

    private DossierStatistics load(long reportId) {
        List<DossierRowView> rows = store.rows(reportId);
        var previous = store.previous(reportId);
        List<DossierRowView> previousRows =
                previous.map(p -> store.rows(p.id())).orElse(null);
        List<FieldViolation> warnings = rules.carriedOverWarnings(
                rows, previousRows, previous.map(PreviousReport::periodTitle).orElse(null));
        warnings = new ArrayList<>(warnings);
        warnings.addAll(rules.approximateNotes(rows));
        return new DossierStatistics(store.version(reportId), rows, warnings);
    }
}
