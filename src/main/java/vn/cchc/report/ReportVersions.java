package vn.cchc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.shared.NotFoundException;

/**
 * The signed versions of a report: their frozen files (byte for byte what was rendered at signing), hashes,
 * timeline and what changed between them. Rendering modules serve {@link #latestSigned} for a signed report.
 */
@Service
@Transactional(readOnly = true)
public class ReportVersions {

    public enum Format {
        DOCX,
        PDF
    }

    private final Reports reports;
    private final WorkflowStore store;
    private final ContentDiff diff;
    private final SubmissionDrift drift;
    private final ReportRendering rendering;

    ReportVersions(
            Reports reports, WorkflowStore store, ContentDiff diff, SubmissionDrift drift, ReportRendering rendering) {
        this.drift = drift;
        this.rendering = rendering;
        this.reports = reports;
        this.store = store;
        this.diff = diff;
    }

    public List<ReportSnapshot> snapshots(UnitViewer viewer, long reportId) {
        reports.get(viewer, reportId);
        return store.snapshots(reportId);
    }

    /** The frozen file of one signed version; 404 when the viewer may not see the report or it was never signed. */
    public byte[] file(UnitViewer viewer, long reportId, int revision, Format format) {
        reports.get(viewer, reportId);
        return store.file(reportId, revision, format)
                .orElseThrow(() -> new NotFoundException("workflow.error.version.notFound", revision));
    }

    /** The current signed (or accepted) version, for whoever serves "the document" of a frozen report. */
    public Optional<ReportSnapshot> latestSigned(long reportId) {
        Report r = reports.getInternal(reportId);
        if (r.getStatus() != ReportStatus.SIGNED && r.getStatus() != ReportStatus.ACCEPTED) return Optional.empty();
        return store.snapshot(reportId, r.getRevision());
    }

    public Optional<byte[]> latestSignedFile(long reportId, Format format) {
        return latestSigned(reportId).flatMap(s -> store.file(reportId, s.revision(), format));
    }

    /** Signed or accepted reports whose current version has no frozen files (entered as signed). */
    public List<Long> signedWithoutFiles() {
        return store.signedWithoutFiles();
    }

    public List<ReportTransition> timeline(UnitViewer viewer, long reportId) {
        reports.get(viewer, reportId);
        return store.transitions(reportId);
    }

    /** What changed from each signed version to the next one. */
    public List<VersionChanges> changes(UnitViewer viewer, long reportId) {
        List<ReportSnapshot> list = snapshots(viewer, reportId);
        List<VersionChanges> result = new ArrayList<>();
        for (int i = 1; i < list.size(); i++) {
            int from = list.get(i - 1).revision();
            int to = list.get(i).revision();
            result.add(new VersionChanges(
                    from,
                    to,
                    diff.diff(
                            store.contentJson(reportId, from).orElseThrow(),
                            store.contentJson(reportId, to).orElseThrow())));
        }
        return result;
    }

    /**
     * For a report waiting for the chairman: what changed in its records since the clerk submitted it (the chairman
     * cannot sign until it is returned and submitted again). Empty in every other state.
     */
    public List<ContentDiff.Change> changesSinceSubmission(UnitViewer viewer, long reportId) {
        Report r = reports.get(viewer, reportId);
        if (r.getStatus() != ReportStatus.SUBMITTED) return List.of();
        return drift.since(r, rendering.contentJson(reportId));
    }

    /**
     * What changed since the version the chairman or the office sent back: that version's content (as signed, or as
     * submitted) against the records now. Shown while the report is being corrected and when it comes back for
     * signing; empty before any return and once signed again (the signed versions' changes say it then).
     */
    public Optional<VersionChanges> changesSinceReturned(UnitViewer viewer, long reportId) {
        Report r = reports.get(viewer, reportId);
        if (r.getRevision() <= 1
                || !(r.getStatus() == ReportStatus.RETURNED
                        || r.getStatus() == ReportStatus.SUBMITTED
                        || r.getStatus() == ReportStatus.DRAFT)) {
            return Optional.empty();
        }
        int returned = r.getRevision() - 1;
        return store.contentJson(reportId, returned)
                .or(() -> store.submittedContent(reportId, returned))
                .map(before -> new VersionChanges(
                        returned, r.getRevision(), diff.diff(before, rendering.contentJson(reportId))));
    }

    public record VersionChanges(int fromRevision, int toRevision, List<ContentDiff.Change> changes) {}
}
