package vn.cchc.narrative;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.orgunit.RecordWriters;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.report.Report;
import vn.cchc.report.ReportSection;
import vn.cchc.report.ReportSummary;
import vn.cchc.report.Reports;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ValidationFailedException;

/** The prose of a report, one body per section code, with optimistic locking per section. */
@Service
@Transactional(readOnly = true)
public class Narratives {

    public static final int MAX_BODY =
            50_000; // about 25 pages of text per section: bounds the form, storage and rendering
    private final NarrativeSectionRepository sections;
    private final Reports reports;
    private final AuditTrail audit;
    private final Messages messages;

    Narratives(NarrativeSectionRepository sections, Reports reports, AuditTrail audit, MessageSource messages) {
        this.sections = sections;
        this.reports = reports;
        this.audit = audit;
        this.messages = new Messages(messages);
    }

    /** Section code → body, in report order, only sections that have text (for the composer and the checks). */
    public Map<String, String> forReport(long reportId) {
        Map<String, String> out = new LinkedHashMap<>();
        sections.findByReportId(reportId).stream()
                .sorted(Comparator.comparingInt(s -> ReportSection.order(s.getSectionCode())))
                .filter(s -> !s.getBody().isBlank())
                .forEach(s -> out.put(s.getSectionCode(), s.getBody()));
        return out;
    }

    /**
     * One section's text of many reports (report id → text; reports without text for it are absent), no access
     * check: for the office that reads its units' texts beside its own, after checking who asks.
     */
    public Map<Long, String> sectionOf(Collection<Long> reportIds, String sectionCode) {
        Map<Long, String> out = new HashMap<>();
        if (reportIds.isEmpty()) return out;
        sections.findByReportIdInAndSectionCode(reportIds, sectionCode).stream()
                .filter(s -> !s.getBody().isBlank())
                .forEach(s -> out.put(s.getReportId(), s.getBody()));
        return out;
    }

    /** Every section code in order with its text and version, for the page. */
    public List<SectionText> sections(UnitViewer viewer, long reportId) {
        reports.get(viewer, reportId);
        Map<String, NarrativeSection> byCode = byCode(reportId);
        List<SectionText> out = new ArrayList<>();
        for (ReportSection s : ReportSection.values()) {
            NarrativeSection n = byCode.get(s.code());
            out.add(new SectionText(s.code(), n == null ? "" : n.getBody(), n == null ? null : n.getVersion()));
        }
        return out;
    }

    /**
     * Saves the sections that changed, all or nothing. A changed section whose version differs from the one the
     * page was opened on refuses the whole save ({@link StaleSectionsException}).
     */
    @Transactional
    public int save(UnitViewer viewer, long reportId, List<SectionText> input) {
        Report r = reports.lockEditable(viewer, reportId); // one writer at a time (first saves race on insert)
        RecordWriters.require(viewer, r.getOrgUnitId());
        List<FieldViolation> errors = new ArrayList<>();
        for (SectionText in : input) {
            if (ReportSection.byCode(in.sectionCode()).isEmpty())
                errors.add(new FieldViolation(
                        in.sectionCode(), messages.text("narrative.section.unknown", in.sectionCode())));
            else if (in.body() != null && in.body().length() > MAX_BODY)
                errors.add(new FieldViolation(
                        in.sectionCode(), messages.text("narrative.section.tooLong", in.sectionCode(), MAX_BODY)));
        }
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        Map<String, NarrativeSection> byCode = byCode(reportId);
        List<String> stale = new ArrayList<>();
        for (SectionText in : input) {
            NarrativeSection current = byCode.get(in.sectionCode());
            if (Objects.equals(normal(in.body()), current == null ? "" : current.getBody())) continue;
            Long seen = in.version();
            if (current == null ? seen != null : !Objects.equals(seen, current.getVersion()))
                stale.add(in.sectionCode());
        }
        if (!stale.isEmpty()) throw new StaleSectionsException(stale);
        int changed = 0;
        for (SectionText in : input) {
            NarrativeSection current = byCode.get(in.sectionCode());
            String body = normal(in.body());
            if (Objects.equals(body, current == null ? "" : current.getBody())) continue;
            write(r, in.sectionCode(), current, body);
            changed++;
        }
        sections.flush();
        return changed;
    }

    /**
     * Copies each section's body from the same unit's previous report (the one whose period window ends latest
     * before this one's): only into empty sections, unless {@code overwrite}.
     */
    @Transactional
    public CopyResult copyFromPrevious(UnitViewer viewer, long reportId, boolean overwrite) {
        Report r = reports.requireEditable(viewer, reportId);
        RecordWriters.require(viewer, r.getOrgUnitId());
        Optional<ReportSummary> previous = previousReport(viewer, r);
        if (previous.isEmpty()) return new CopyResult(null, null, List.of(), List.of());
        Map<String, NarrativeSection> mine = byCode(reportId);
        List<String> copied = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (var e : forReport(previous.get().id()).entrySet()) {
            NarrativeSection current = mine.get(e.getKey());
            boolean empty = current == null || current.getBody().isBlank();
            if (!empty && !overwrite) {
                kept.add(e.getKey());
                continue;
            }
            if (current != null && current.getBody().equals(e.getValue())) continue;
            write(r, e.getKey(), current, e.getValue());
            copied.add(e.getKey());
        }
        sections.flush();
        return new CopyResult(previous.get().id(), previous.get().periodTitle(), copied, kept);
    }

    /** The same unit's report of the period with the latest window end before this report's. */
    public Optional<ReportSummary> previousReport(UnitViewer viewer, Report r) {
        ReportSummary me = reports.summarise(r);
        return reports.visible(viewer, null, r.getOrgUnitId()).stream()
                .filter(s -> !s.id().equals(r.getId()) && s.periodEnd().isBefore(me.periodEnd()))
                .max(Comparator.comparing(ReportSummary::periodEnd));
    }

    private void write(Report r, String code, NarrativeSection current, String body) {
        String before = current == null ? null : current.getBody();
        NarrativeSection n = current == null ? new NarrativeSection(r.getId(), code) : current;
        n.setBody(body);
        n = sections.saveAndFlush(n);
        Map<String, Object> b = before == null ? null : Map.of("sectionCode", code, "body", before);
        audit.record(AuditEvent.of(
                        current == null ? "CREATE" : "UPDATE",
                        "NarrativeSection",
                        n.getId(),
                        b,
                        Map.of("sectionCode", code, "body", body))
                .forReport(r.getId(), r.getOrgUnitId()));
    }

    private Map<String, NarrativeSection> byCode(long reportId) {
        return sections.findByReportId(reportId).stream()
                .collect(Collectors.toMap(NarrativeSection::getSectionCode, Function.identity()));
    }

    /** Line ends as \n, no trailing blanks at the end (what the browser sends varies). */
    private static String normal(String body) {
        if (body == null) return "";
        return body.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
    }
}
