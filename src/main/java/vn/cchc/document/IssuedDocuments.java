package vn.cchc.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.RecordWriters;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.period.Periods;
import vn.cchc.period.ReportingPeriod;
import vn.cchc.report.Report;
import vn.cchc.report.ReportSection;
import vn.cchc.report.Reports;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.Messages;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.ValidationFailedException;

/**
 * The issued-documents register of a unit and the documents of a report (dated within the period's window, or
 * picked into the report). Editing the register is allowed whatever the state of a report (a signed report keeps
 * its frozen files); attaching to or detaching from a report requires the report to be editable.
 */
@Service
@Transactional(readOnly = true)
public class IssuedDocuments {

    public static final String ENTITY = "IssuedDocument";
    public static final int NUMBER_MAX = 60;
    private static final Comparator<DocumentView> ORDER = Comparator.comparing(
                    DocumentView::issuedOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DocumentView::numberSymbol)
            .thenComparing(DocumentView::id);

    private final IssuedDocumentRepository documents;
    private final JdbcTemplate jdbc;
    private final Reports reports;
    private final Periods periods;
    private final OrgUnits orgUnits;
    private final AuditTrail audit;
    private final Messages messages;

    IssuedDocuments(
            IssuedDocumentRepository documents,
            JdbcTemplate jdbc,
            Reports reports,
            Periods periods,
            OrgUnits orgUnits,
            AuditTrail audit,
            MessageSource messages) {
        this.documents = documents;
        this.jdbc = jdbc;
        this.reports = reports;
        this.periods = periods;
        this.orgUnits = orgUnits;
        this.audit = audit;
        this.messages = new Messages(messages);
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** A unit's whole register, optionally filtered by a query that ignores diacritics ("ke hoach 36"). */
    public List<DocumentView> register(UnitViewer viewer, long unitId, String query) {
        if (!orgUnits.canSee(viewer, unitId)) throw new NotFoundException("error.orgUnit.notFound", unitId);
        return documents.findByOrgUnitId(unitId).stream()
                .filter(d -> Diacritics.matches(d.getSearchText(), query))
                .map(this::view)
                .sorted(ORDER)
                .toList();
    }

    /**
     * One page of the unit's register outside the report (not dated in its window, not picked), filtered in SQL by
     * the folded search text, so the page stays fast with thousands of documents.
     */
    public DocumentPage othersPage(UnitViewer viewer, long reportId, String query, int page, int size) {
        Report r = reports.get(viewer, reportId);
        ReportingPeriod p = periods.get(r.getPeriodId());
        StringBuilder where = new StringBuilder(" from issued_document d where d.org_unit_id = ?"
                + " and (d.issued_on is null or d.issued_on not between ? and ?)"
                + " and d.id not in (select document_id from report_document where report_id = ?)");
        List<Object> args = new ArrayList<>(List.of(r.getOrgUnitId(), p.getWindowStart(), p.getWindowEnd(), reportId));
        String folded = Diacritics.fold(query);
        if (!folded.isEmpty()) {
            for (String word : folded.split(" ")) {
                where.append(" and d.search_text like ? escape '!'");
                args.add("%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
        }
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
        int pages = Math.max(1, (int) ((total + size - 1) / size));
        int current = Math.min(Math.max(page, 1), pages);
        args.add(size);
        args.add((long) (current - 1) * size);
        List<Long> ids = jdbc.queryForList(
                "select d.id" + where + " order by d.issued_on nulls last, d.number_symbol, d.id limit ? offset ?",
                Long.class,
                args.toArray());
        return new DocumentPage(byIds(ids), current, pages, total);
    }

    /** The documents of a report the viewer may see (404 otherwise), optionally filtered. */
    public List<DocumentView> forReport(UnitViewer viewer, long reportId, String query) {
        reports.get(viewer, reportId);
        return forReport(reportId).stream()
                .filter(d -> Diacritics.matches(searchTextOf(d), query))
                .toList();
    }

    /** A unit's whole register by id, for the checks (no access check). */
    public List<DocumentView> registerOf(long unitId) {
        return documents.findByOrgUnitId(unitId).stream()
                .map(this::view)
                .sorted(Comparator.comparing(DocumentView::id))
                .toList();
    }

    /**
     * The documents of a report, for the composer and the checks (no access check): the unit's documents dated
     * within the period's window, plus those picked into the report (report_document).
     */
    public List<DocumentView> forReport(long reportId) {
        Report r = reports.getInternal(reportId);
        ReportingPeriod p = periods.get(r.getPeriodId());
        Set<Long> attached = attachedIds(reportId);
        List<IssuedDocument> found = new ArrayList<>(
                documents.findByOrgUnitIdAndIssuedOnBetween(r.getOrgUnitId(), p.getWindowStart(), p.getWindowEnd()));
        Set<Long> have = new HashSet<>(found.stream().map(IssuedDocument::getId).toList());
        List<Long> picked = attached.stream().filter(id -> !have.contains(id)).toList();
        if (!picked.isEmpty()) found.addAll(documents.findAllById(picked));
        return found.stream().map(this::view).sorted(ORDER).toList();
    }

    /** Ids of the documents picked into (cited by) the report. */
    public Set<Long> attachedIds(long reportId) {
        return new LinkedHashSet<>(jdbc.queryForList(
                "select document_id from report_document where report_id = ? order by document_id",
                Long.class,
                reportId));
    }

    /** Documents by id, in the order asked (unknown ids skipped), for the composer and the checks. */
    public List<DocumentView> byIds(Collection<Long> ids) {
        Map<Long, DocumentView> found = new LinkedHashMap<>();
        documents.findAllById(ids).forEach(d -> found.put(d.getId(), view(d)));
        List<DocumentView> out = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) if (found.containsKey(id)) out.add(found.get(id));
        return out;
    }

    /** One document the viewer may see (404 otherwise). */
    public DocumentView get(UnitViewer viewer, long documentId) {
        return view(load(viewer, documentId));
    }

    /** Counts of documents by type for reports that give counts instead of lists (doc_type → count). */
    public Map<String, Integer> typeCounts(long reportId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query(
                "select doc_type, count from document_type_count where report_id = ? order by doc_type",
                rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                },
                reportId);
        return counts;
    }

    /**
     * How many documents the unit issued in the report's period, by type (doc_type → count, most first): the
     * counts the clerk entered when the report gives counts instead of lists, else the unit's own (OWN) documents
     * of the register dated within the period's window. For the {@code {{count:…}}} tokens of the narrative.
     */
    public Map<String, Integer> issuedInPeriod(long reportId) {
        Map<String, Integer> entered = typeCounts(reportId);
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (!entered.isEmpty()) {
            counts.putAll(entered);
        } else {
            Report r = reports.getInternal(reportId);
            ReportingPeriod p = periods.get(r.getPeriodId());
            // counted by the database: the whole register as entities was the narrative tab's largest read
            jdbc.query(
                    """
                    select doc_type, count(*) from issued_document
                    where org_unit_id = ? and issuer_kind = 'OWN' and issued_on between ? and ?
                    group by doc_type""",
                    rs -> {
                        counts.put(rs.getString(1), rs.getInt(2));
                    },
                    r.getOrgUnitId(),
                    p.getWindowStart(),
                    p.getWindowEnd());
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    public String typeLabel(String docType) {
        String code = DocType.isValid(docType) ? docType : DocType.OTHER.name();
        return messages.textOr("document.type." + code, code);
    }

    // ---- validation ----------------------------------------------------------------------------------------

    public List<FieldViolation> validate(DocumentInput in) {
        List<FieldViolation> errors = new ArrayList<>();
        if (in.issuerKind() == null || in.issuerKind().isBlank()) {
            errors.add(v("issuerKind", "document.issuerKind.required"));
        } else if (!isIssuerKind(in.issuerKind())) {
            errors.add(v("issuerKind", "document.issuerKind.invalid"));
        }
        if (in.issuerName() == null || in.issuerName().isBlank())
            errors.add(v("issuerName", "document.issuerName.required"));
        else if (in.issuerName().trim().length() > 200) errors.add(v("issuerName", "document.issuerName.size"));
        if (in.docType() == null || in.docType().isBlank()) errors.add(v("docType", "document.docType.required"));
        else if (!DocType.isValid(in.docType())) errors.add(v("docType", "document.docType.invalid"));
        if (in.numberSymbol() == null || in.numberSymbol().isBlank())
            errors.add(v("numberSymbol", "document.numberSymbol.required"));
        else if (in.numberSymbol().length() > NUMBER_MAX)
            errors.add(v("numberSymbol", "document.numberSymbol.size", NUMBER_MAX));
        if (in.sections() != null) {
            for (String s : in.sections()) {
                if (ReportSection.byCode(s).isEmpty()) errors.add(v("sections", "document.sections.invalid", s));
            }
        }
        return errors;
    }

    private static boolean isIssuerKind(String s) {
        for (IssuerKind k : IssuerKind.values()) if (k.name().equals(s)) return true;
        return false;
    }

    private FieldViolation v(String field, String key, Object... args) {
        return new FieldViolation(field, messages.text(key, args));
    }

    // ---- writing -------------------------------------------------------------------------------------------

    /** Adds a document to a unit's register; with {@code attachToReportId} also picks it into that report. */
    @Transactional
    public DocumentView create(UnitViewer viewer, long unitId, DocumentInput in, Long attachToReportId) {
        if (!orgUnits.canSee(viewer, unitId)) throw new NotFoundException("error.orgUnit.notFound", unitId);
        RecordWriters.require(viewer, unitId);
        if (attachToReportId != null) requireReportOfUnit(viewer, attachToReportId, unitId);
        List<FieldViolation> errors = validate(in);
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        IssuedDocument d = new IssuedDocument(unitId);
        d.apply(in, typeLabel(in.docType()));
        d = documents.saveAndFlush(d);
        DocumentView after = view(d);
        audit.record(AuditEvent.of("CREATE", ENTITY, d.getId(), null, after).forReport(attachToReportId, unitId));
        if (attachToReportId != null) link(attachToReportId, d.getId(), unitId);
        return after;
    }

    /**
     * Changes a document. {@code expectedVersion} is the version the form was opened on: if the document changed
     * since, nothing is saved and {@link StaleDocumentException} carries the stored state.
     */
    @Transactional
    public DocumentView update(UnitViewer viewer, long documentId, DocumentInput in, long expectedVersion) {
        IssuedDocument d = load(viewer, documentId);
        RecordWriters.require(viewer, d.getOrgUnitId());
        if (d.getVersion() != expectedVersion) throw new StaleDocumentException(view(d));
        List<FieldViolation> errors = validate(in);
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        DocumentView before = view(d);
        d.apply(in, typeLabel(in.docType()));
        documents.saveAndFlush(d);
        DocumentView after = view(d);
        audit.record(AuditEvent.of("UPDATE", ENTITY, d.getId(), before, after).forReport(null, d.getOrgUnitId()));
        return after;
    }

    /** Removes a document from the register; refused while a report cites it. */
    @Transactional
    public void delete(UnitViewer viewer, long documentId, long expectedVersion) {
        IssuedDocument d = load(viewer, documentId);
        RecordWriters.require(viewer, d.getOrgUnitId());
        if (d.getVersion() != expectedVersion) throw new StaleDocumentException(view(d));
        Integer citing = jdbc.queryForObject(
                "select count(*) from report_document where document_id = ?", Integer.class, documentId);
        if (citing != null && citing > 0) throw new ConflictException("document.delete.cited", d.getNumberSymbol());
        DocumentView before = view(d);
        documents.delete(d);
        documents.flush();
        audit.record(AuditEvent.of("DELETE", ENTITY, documentId, before, null).forReport(null, d.getOrgUnitId()));
    }

    /** Picks a document of the report's unit into the report (requires an editable report). */
    @Transactional
    public void attach(UnitViewer viewer, long reportId, long documentId) {
        Report r = reports.requireEditable(viewer, reportId);
        RecordWriters.require(viewer, r.getOrgUnitId());
        IssuedDocument d = load(viewer, documentId);
        if (!d.getOrgUnitId().equals(r.getOrgUnitId())) throw new NotFoundException("document.notFound", documentId);
        link(reportId, documentId, r.getOrgUnitId());
    }

    /** Takes a picked document out of the report (requires an editable report); 404 for another unit's document. */
    @Transactional
    public void detach(UnitViewer viewer, long reportId, long documentId) {
        Report r = reports.requireEditable(viewer, reportId);
        RecordWriters.require(viewer, r.getOrgUnitId());
        IssuedDocument d = load(viewer, documentId);
        if (!d.getOrgUnitId().equals(r.getOrgUnitId())) throw new NotFoundException("document.notFound", documentId);
        int n = jdbc.update(
                "delete from report_document where report_id = ? and document_id = ?", reportId, documentId);
        if (n > 0) {
            audit.record(AuditEvent.of(
                            "DELETE",
                            "ReportDocument",
                            documentId,
                            Map.of("reportId", reportId, "documentId", documentId),
                            null)
                    .forReport(reportId, r.getOrgUnitId()));
        }
    }

    /** Replaces the counts by type of a report (requires an editable report); zero or missing removes a type. */
    @Transactional
    public void saveTypeCounts(UnitViewer viewer, long reportId, Map<String, Integer> counts) {
        Report r = reports.requireEditable(viewer, reportId);
        RecordWriters.require(viewer, r.getOrgUnitId());
        List<FieldViolation> errors = new ArrayList<>();
        counts.forEach((type, n) -> {
            if (!DocType.isValid(type)) errors.add(v("counts[" + type + "]", "document.docType.invalid"));
            else if (n != null && n < 0)
                errors.add(v("counts[" + type + "]", "document.count.negative", typeLabel(type)));
        });
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        Map<String, Integer> before = typeCounts(reportId);
        jdbc.update("delete from document_type_count where report_id = ?", reportId);
        Map<String, Integer> after = new LinkedHashMap<>();
        counts.forEach((type, n) -> {
            if (n != null && n > 0) {
                jdbc.update(
                        "insert into document_type_count (report_id, doc_type, count) values (?, ?, ?)",
                        reportId,
                        type,
                        n);
                after.put(type, n);
            }
        });
        audit.record(AuditEvent.of("UPDATE", "DocumentTypeCount", reportId, before, after)
                .forReport(reportId, r.getOrgUnitId()));
    }

    private void requireReportOfUnit(UnitViewer viewer, long reportId, long unitId) {
        Report r = reports.requireEditable(viewer, reportId);
        if (!r.getOrgUnitId().equals(unitId)) throw new NotFoundException("error.report.notFound", reportId);
    }

    /** The most register documents one report may cite: bounds the report's pages and rendering. */
    public static final int MAX_PER_REPORT = 500;

    private void link(long reportId, long documentId, long unitId) {
        Integer cited = jdbc.queryForObject(
                "select count(*) from report_document where report_id = ?", Integer.class, reportId);
        if (cited != null && cited >= MAX_PER_REPORT) {
            throw new ValidationFailedException(List.of(
                    new FieldViolation("documents", messages.text("document.tooManyPerReport", MAX_PER_REPORT))));
        }
        int n = jdbc.update(
                "insert into report_document (report_id, document_id) values (?, ?) on conflict do nothing",
                reportId,
                documentId);
        if (n > 0) {
            audit.record(AuditEvent.of(
                            "CREATE",
                            "ReportDocument",
                            documentId,
                            null,
                            Map.of("reportId", reportId, "documentId", documentId))
                    .forReport(reportId, unitId));
        }
    }

    private IssuedDocument load(UnitViewer viewer, long documentId) {
        IssuedDocument d = documents
                .findById(documentId)
                .orElseThrow(() -> new NotFoundException("document.notFound", documentId));
        if (!orgUnits.canSee(viewer, d.getOrgUnitId())) throw new NotFoundException("document.notFound", documentId);
        return d;
    }

    private DocumentView view(IssuedDocument d) {
        return new DocumentView(
                d.getId(),
                d.getOrgUnitId(),
                d.getIssuerKind().name(),
                d.getIssuerName(),
                d.getDocType(),
                typeLabel(d.getDocType()),
                d.getNumberSymbol(),
                d.getIssuedOn(),
                d.getSummary(),
                d.isLegalBasis(),
                d.sortedSections(),
                d.getVersion());
    }

    private String searchTextOf(DocumentView d) {
        return Diacritics.fold(String.join(
                " ", d.typeLabel(), d.numberSymbol(), d.summary() == null ? "" : d.summary(), d.issuerName()));
    }
}
