package vn.cchc.parindex;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.check.Finding;
import vn.cchc.check.Severity;
import vn.cchc.document.DocumentView;
import vn.cchc.document.IssuedDocuments;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.parindex.internal.AssessmentStore;
import vn.cchc.parindex.internal.AssessmentStore.EvidenceRow;
import vn.cchc.parindex.internal.AssessmentStore.Head;
import vn.cchc.parindex.internal.AssessmentStore.ScoreRow;
import vn.cchc.parindex.internal.ParTexts;
import vn.cchc.parindex.internal.Points;
import vn.cchc.parindex.internal.Prefill;
import vn.cchc.parindex.internal.ScoreRules;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ForbiddenException;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.ValidationFailedException;
import vn.cchc.shared.VnFormat;

/**
 * A commune's assessment: its own scores with evidence (clerk or chairman of the commune, while a draft), the
 * office's appraisal (the receiving office above it), the commune's one answer, the office's final word.
 */
@Service
@Transactional(readOnly = true)
public class ParAssessments {

    public static final int MAX_PDF_BYTES = 5 * 1024 * 1024;
    static final int MAX_TEXT = 2000;

    private final ParIndexes indexes;
    private final AssessmentStore store;
    private final OrgUnits orgUnits;
    private final IssuedDocuments documents;
    private final Prefill prefill;
    private final ParTexts texts;

    ParAssessments(
            ParIndexes indexes,
            AssessmentStore store,
            OrgUnits orgUnits,
            IssuedDocuments documents,
            Prefill prefill,
            ParTexts texts) {
        this.indexes = indexes;
        this.store = store;
        this.orgUnits = orgUnits;
        this.documents = documents;
        this.prefill = prefill;
        this.texts = texts;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** The assessment as the viewer may see it (its own unit, an office above it, an administrator); else 404. */
    public AssessmentView view(UnitViewer viewer, long unitId, int year) {
        requireVisible(viewer, unitId);
        return load(unitId, year);
    }

    /** Without an access check: for the results of an office, already checked. */
    public AssessmentView load(long unitId, int year) {
        OrgUnit unit = orgUnits.get(unitId);
        ParIndex index =
                indexes.forUnit(unitId, year).orElseThrow(() -> new NotFoundException("parindex.error.noIndex", year));
        Head head = store.find(index.id(), unitId).orElse(null);
        Map<Long, ScoreRow> scores = head == null ? Map.of() : store.scores(head.id());
        Map<Long, List<EvidenceRow>> evidence = head == null ? Map.of() : store.evidence(head.id());
        List<Long> docIds = evidence.values().stream()
                .flatMap(List::stream)
                .map(EvidenceRow::documentId)
                .filter(Objects::nonNull)
                .toList();
        Map<Long, DocumentView> docs = new HashMap<>();
        documents.byIds(docIds).forEach(d -> docs.put(d.id(), d));
        boolean draft = head == null || head.status() == AssessmentStatus.DRAFT;
        List<ScoreView> views = new ArrayList<>();
        for (Criterion c : index.leaves()) {
            ScoreRow s = scores.get(c.id());
            List<EvidenceView> ev = s == null
                    ? List.of()
                    : evidence.getOrDefault(s.id(), List.of()).stream()
                            .map(e -> evidenceView(e, docs.get(e.documentId())))
                            .toList();
            Suggestion suggestion = draft && c.source() != null ? prefill.suggest(c, unitId, year) : null;
            views.add(
                    s == null
                            ? new ScoreView(c, null, null, null, null, null, null, ev, suggestion)
                            : new ScoreView(
                                    c,
                                    s.selfPoints(),
                                    s.explanation(),
                                    s.prefillSource(),
                                    s.appraisedPoints(),
                                    s.appraisalReason(),
                                    s.answer(),
                                    ev,
                                    suggestion));
        }
        return new AssessmentView(
                index,
                unitId,
                unit.getName(),
                year,
                head == null ? null : head.id(),
                head == null ? AssessmentStatus.DRAFT : head.status(),
                head == null ? 0 : head.version(),
                views,
                head == null ? null : head.submittedAt(),
                head == null ? null : head.finalisedAt());
    }

    /** The unit's register documents the commune may pick as evidence: those of the year first. */
    public List<DocumentView> candidateDocuments(UnitViewer viewer, long unitId, int year) {
        return documents.register(viewer, unitId, null).stream()
                .filter(d -> d.issuedOn() != null && d.issuedOn().getYear() == year)
                .toList();
    }

    public byte[] evidenceFile(UnitViewer viewer, long unitId, int year, long evidenceId) {
        AssessmentView a = view(viewer, unitId, year);
        if (a.assessmentId() == null) throw new NotFoundException("parindex.error.noEvidence");
        return store.file(a.assessmentId(), evidenceId)
                .orElseThrow(() -> new NotFoundException("parindex.error.noEvidence"));
    }

    public boolean isCommuneWriter(UnitViewer viewer, long unitId) {
        return !viewer.seesAll() && !viewer.seesSubordinates() && viewer.unitId() != null && viewer.unitId() == unitId;
    }

    public boolean isOffice(UnitViewer viewer, long unitId) {
        return viewer.seesSubordinates()
                && !viewer.seesAll()
                && viewer.unitId() != null
                && viewer.unitId() != unitId
                && orgUnits.canSee(viewer, unitId);
    }

    // ---- the commune ---------------------------------------------------------------------------------------

    /** Saves the scores given (all or none); blank points leave a criterion unscored. */
    @Transactional
    public AssessmentView saveSelf(
            UnitViewer viewer, long unitId, int year, Long version, List<SelfScoreInput> inputs) {
        requireCommune(viewer, unitId);
        AssessmentView current = load(unitId, year);
        List<FieldViolation> errors = new ArrayList<>();
        List<Object[]> valid = new ArrayList<>();
        for (SelfScoreInput in : inputs) {
            Criterion c = current.index()
                    .criterion(in.code())
                    .filter(Criterion::leaf)
                    .filter(x -> !x.survey())
                    .orElse(null);
            if (c == null) {
                errors.add(new FieldViolation("scores", texts.t("parindex.score.unknown", in.code())));
                continue;
            }
            String field = "scores[" + c.code() + "]";
            BigDecimal points = null;
            try {
                points = Points.parse(in.points());
            } catch (NumberFormatException e) {
                errors.add(new FieldViolation(
                        field + ".points",
                        texts.t("parindex.score.where", c.code(), texts.t("parindex.score.self"))
                                + texts.t("parindex.score.notNumber", in.points())));
                continue;
            }
            if (points != null) {
                String v = ScoreRules.violation(texts, c, points, texts.t("parindex.score.self"));
                if (v != null) errors.add(new FieldViolation(field + ".points", v));
            }
            String explanation = in.explanation() == null || in.explanation().isBlank()
                    ? null
                    : in.explanation().strip();
            if (explanation != null && explanation.length() > MAX_TEXT) {
                errors.add(new FieldViolation(
                        field + ".explanation", texts.t("parindex.score.textLong", c.code(), MAX_TEXT)));
            }
            List<Long> docIds = in.documentIds() == null
                    ? List.of()
                    : in.documentIds().stream()
                            .filter(Objects::nonNull)
                            .distinct()
                            .toList();
            List<DocumentView> docs = documents.byIds(docIds);
            if (docs.size() != docIds.size() || docs.stream().anyMatch(d -> !Objects.equals(d.orgUnitId(), unitId))) {
                errors.add(new FieldViolation(
                        field + ".documentIds", texts.t("parindex.score.foreignDocument", c.code())));
            }
            Suggestion s = c.source() == null ? null : current.score(c.code()).suggestion();
            String source = s != null
                            && points != null
                            && s.points() != null
                            && s.points().compareTo(points) == 0
                    ? s.source()
                    : null;
            valid.add(new Object[] {c, points, explanation, source, docIds});
        }
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        Head head = store.lockOrCreate(current.index().id(), unitId);
        store.requireVersion(head, version);
        if (!head.status().communeMayEdit()) throw new ConflictException("parindex.error.notDraft");
        for (Object[] v : valid) {
            @SuppressWarnings("unchecked")
            List<Long> docIds = (List<Long>) v[4];
            long scoreId = store.upsertSelf(
                    head.id(), ((Criterion) v[0]).id(), (BigDecimal) v[1], (String) v[2], (String) v[3]);
            store.setDocuments(scoreId, docIds);
        }
        store.touch(head.id());
        return load(unitId, year);
    }

    /** Attaches an uploaded PDF (checked by its first bytes, not its name) to a criterion's evidence. */
    @Transactional
    public AssessmentView uploadEvidence(
            UnitViewer viewer, long unitId, int year, String code, String fileName, byte[] content) {
        requireCommune(viewer, unitId);
        AssessmentView current = load(unitId, year);
        Criterion c = current.index()
                .criterion(code)
                .filter(Criterion::leaf)
                .filter(x -> !x.survey())
                .orElseThrow(() -> new ValidationFailedException(
                        List.of(new FieldViolation("code", texts.t("parindex.score.unknown", code)))));
        if (content == null || content.length == 0) throw invalidFile("parindex.file.empty");
        if (content.length > MAX_PDF_BYTES) throw invalidFile("parindex.file.tooLarge", MAX_PDF_BYTES / 1024 / 1024);
        if (!isPdf(content)) throw invalidFile("parindex.file.notPdf");
        String name = fileName == null || fileName.isBlank() ? "tai-lieu.pdf" : fileName.strip();
        if (name.length() > 200) name = name.substring(name.length() - 200);
        Head head = store.lockOrCreate(current.index().id(), unitId);
        if (!head.status().communeMayEdit()) throw new ConflictException("parindex.error.notDraft");
        ScoreView s = current.score(c.code());
        long scoreId = store.upsertSelf(head.id(), c.id(), s.selfPoints(), s.explanation(), s.prefillSource());
        store.addFile(scoreId, name, content, sha256(content));
        store.touch(head.id());
        return load(unitId, year);
    }

    @Transactional
    public void removeEvidence(UnitViewer viewer, long unitId, int year, long evidenceId) {
        requireCommune(viewer, unitId);
        AssessmentView current = load(unitId, year);
        if (current.assessmentId() == null) throw new NotFoundException("parindex.error.noEvidence");
        Head head = store.lockOrCreate(current.index().id(), unitId);
        if (!head.status().communeMayEdit()) throw new ConflictException("parindex.error.notDraft");
        if (store.deleteEvidence(head.id(), evidenceId) == 0) throw new NotFoundException("parindex.error.noEvidence");
        store.touch(head.id());
    }

    /** Sends the scores to the office: every criterion scored, and no error among the checks. */
    @Transactional
    public AssessmentView submit(UnitViewer viewer, long unitId, int year) {
        requireCommune(viewer, unitId);
        AssessmentView current = load(unitId, year);
        List<FieldViolation> errors = checks(current).stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(f -> new FieldViolation(f.rule(), f.message()))
                .toList();
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        Head head = store.lockOrCreate(current.index().id(), unitId);
        if (!head.status().communeMayEdit()) throw new ConflictException("parindex.error.notDraft");
        store.setStatus(head.id(), AssessmentStatus.SUBMITTED, "submitted_at");
        return load(unitId, year);
    }

    /** The commune's one answer (giải trình) to the office's changes, before the office finalises. */
    @Transactional
    public AssessmentView answer(UnitViewer viewer, long unitId, int year, Map<String, String> answers) {
        requireCommune(viewer, unitId);
        AssessmentView current = load(unitId, year);
        List<FieldViolation> errors = new ArrayList<>();
        int given = 0;
        for (var e : answers.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) continue;
            ScoreView s = current.scores().stream()
                    .filter(x -> x.criterion().code().equals(e.getKey()))
                    .findFirst()
                    .orElse(null);
            if (s == null || !s.changed())
                errors.add(new FieldViolation(
                        "answers[" + e.getKey() + "]", texts.t("parindex.answer.notChanged", e.getKey())));
            else if (e.getValue().length() > MAX_TEXT)
                errors.add(new FieldViolation(
                        "answers[" + e.getKey() + "]", texts.t("parindex.score.textLong", e.getKey(), MAX_TEXT)));
            given++;
        }
        if (given == 0) errors.add(new FieldViolation("answers", texts.t("parindex.answer.empty")));
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        Head head = store.lockOrCreate(current.index().id(), unitId);
        if (head.status() != AssessmentStatus.APPRAISED) throw new ConflictException("parindex.error.answerOnce");
        for (var e : answers.entrySet()) {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                store.setAnswer(
                        head.id(),
                        current.index().criterion(e.getKey()).orElseThrow().id(),
                        e.getValue().strip());
            }
        }
        store.setStatus(head.id(), AssessmentStatus.ANSWERED, "answered_at");
        return load(unitId, year);
    }

    // ---- the office ----------------------------------------------------------------------------------------

    /** Accepts or changes each score given (a change needs a reason) and enters the survey points. */
    @Transactional
    public AssessmentView appraise(UnitViewer viewer, long unitId, int year, List<AppraisalInput> inputs) {
        requireOffice(viewer, unitId);
        AssessmentView current = load(unitId, year);
        List<FieldViolation> errors = new ArrayList<>();
        List<Object[]> valid = new ArrayList<>();
        for (AppraisalInput in : inputs) {
            Criterion c =
                    current.index().criterion(in.code()).filter(Criterion::leaf).orElse(null);
            if (c == null) {
                errors.add(new FieldViolation("appraisal", texts.t("parindex.score.unknown", in.code())));
                continue;
            }
            String field = "appraisal[" + c.code() + "]";
            BigDecimal points;
            try {
                points = Points.parse(in.points());
            } catch (NumberFormatException e) {
                errors.add(new FieldViolation(
                        field + ".points",
                        texts.t("parindex.score.where", c.code(), texts.t("parindex.score.appraised"))
                                + texts.t("parindex.score.notNumber", in.points())));
                continue;
            }
            ScoreView s = current.score(c.code());
            if (points != null && !c.survey() && s.selfPoints() != null && points.compareTo(s.selfPoints()) == 0)
                points = null;
            String reason = in.reason() == null || in.reason().isBlank()
                    ? null
                    : in.reason().strip();
            if (points != null) {
                String v = ScoreRules.violation(
                        texts, c, points, texts.t(c.survey() ? "parindex.score.survey" : "parindex.score.appraised"));
                if (v != null) errors.add(new FieldViolation(field + ".points", v));
                else if (!c.survey() && reason == null)
                    errors.add(new FieldViolation(
                            field + ".reason", texts.t("parindex.appraisal.reasonRequired", c.code())));
            }
            if (reason != null && reason.length() > MAX_TEXT)
                errors.add(
                        new FieldViolation(field + ".reason", texts.t("parindex.score.textLong", c.code(), MAX_TEXT)));
            valid.add(new Object[] {c, points, points == null || c.survey() ? null : reason});
        }
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        Head head = store.lockOrCreate(current.index().id(), unitId);
        if (!head.status().officeMayAppraise()) throw new ConflictException("parindex.error.notAppraisable");
        for (Object[] v : valid)
            store.setAppraisal(head.id(), ((Criterion) v[0]).id(), (BigDecimal) v[1], (String) v[2]);
        if (head.status() == AssessmentStatus.SUBMITTED)
            store.setStatus(head.id(), AssessmentStatus.APPRAISED, "appraised_at");
        else store.touch(head.id());
        return load(unitId, year);
    }

    /** Publishes the appraised scores: after the appraisal (answered or not), with the survey points entered. */
    @Transactional
    public AssessmentView finalise(UnitViewer viewer, long unitId, int year) {
        requireOffice(viewer, unitId);
        AssessmentView current = load(unitId, year);
        Head head = current.assessmentId() == null
                ? null
                : store.lockOrCreate(current.index().id(), unitId);
        if (head == null
                || (head.status() != AssessmentStatus.APPRAISED && head.status() != AssessmentStatus.ANSWERED)) {
            throw new ConflictException("parindex.error.notFinalisable");
        }
        List<FieldViolation> missing = current.scores().stream()
                .filter(s -> s.criterion().survey() && s.appraisedPoints() == null)
                .map(s -> new FieldViolation(
                        "appraisal[" + s.criterion().code() + "].points",
                        texts.t(
                                "parindex.appraisal.surveyMissing",
                                s.criterion().code())))
                .toList();
        if (!missing.isEmpty()) throw new ValidationFailedException(missing);
        store.setStatus(head.id(), AssessmentStatus.FINAL, "finalised_at");
        return load(unitId, year);
    }

    // ---- checks --------------------------------------------------------------------------------------------

    public List<Finding> checks(UnitViewer viewer, long unitId, int year) {
        return checks(view(viewer, unitId, year));
    }

    /** Score above its maximum, a score with neither evidence nor explanation, evidence dated outside the year. */
    public List<Finding> checks(AssessmentView a) {
        List<Finding> out = new ArrayList<>();
        String base = "/par-index/units/" + a.unitId() + "/" + a.year() + "#c-";
        for (ScoreView s : a.scores()) {
            Criterion c = s.criterion();
            if (c.survey()) continue;
            String target = base + c.code();
            if (s.selfPoints() == null) {
                out.add(new Finding(
                        "PAR_NOT_SCORED",
                        Severity.ERROR,
                        texts.t("parindex.check.notScored", c.code(), c.title()),
                        target));
                continue;
            }
            for (BigDecimal p : new BigDecimal[] {s.selfPoints(), s.appraisedPoints()}) {
                if (p != null && p.compareTo(c.maxPoints()) > 0) {
                    out.add(new Finding(
                            "PAR_ABOVE_MAX",
                            Severity.ERROR,
                            texts.t(
                                    "parindex.check.aboveMax",
                                    c.code(),
                                    Points.format(p),
                                    Points.format(c.maxPoints())),
                            target));
                }
            }
            if (s.selfPoints().signum() > 0
                    && s.evidence().isEmpty()
                    && (s.explanation() == null || s.explanation().isBlank())) {
                out.add(new Finding(
                        "PAR_NO_EVIDENCE",
                        Severity.ERROR,
                        texts.t("parindex.check.noEvidence", c.code(), Points.format(s.selfPoints())),
                        target));
            }
            for (EvidenceView e : s.evidence()) {
                if (e.issuedOn() != null && e.issuedOn().getYear() != a.year()) {
                    out.add(new Finding(
                            "PAR_EVIDENCE_OUTSIDE_YEAR",
                            Severity.WARNING,
                            texts.t("parindex.check.outsideYear", c.code(), e.label(), a.year()),
                            target));
                }
            }
        }
        return out;
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private EvidenceView evidenceView(EvidenceRow e, DocumentView d) {
        if (e.documentId() == null) return new EvidenceView(e.id(), null, e.fileName(), null, e.fileName());
        if (d == null) return new EvidenceView(e.id(), e.documentId(), "?", null, null);
        String date = d.issuedOn() == null ? "" : texts.t("parindex.evidence.date", new VnFormat().date(d.issuedOn()));
        return new EvidenceView(
                e.id(),
                d.id(),
                texts.t("parindex.evidence.document", d.typeLabel(), d.numberSymbol(), date),
                d.issuedOn(),
                null);
    }

    private void requireVisible(UnitViewer viewer, long unitId) {
        if (!orgUnits.canSee(viewer, unitId)) throw new NotFoundException("error.orgUnit.notFound", unitId);
    }

    private void requireCommune(UnitViewer viewer, long unitId) {
        requireVisible(viewer, unitId);
        if (!isCommuneWriter(viewer, unitId)) throw new ForbiddenException("parindex.error.notCommune");
    }

    private void requireOffice(UnitViewer viewer, long unitId) {
        requireVisible(viewer, unitId);
        if (!isOffice(viewer, unitId)) throw new ForbiddenException("parindex.error.notOffice");
    }

    private ValidationFailedException invalidFile(String key, Object... args) {
        return new ValidationFailedException(List.of(new FieldViolation("file", texts.t(key, args))));
    }

    static boolean isPdf(byte[] content) {
        byte[] magic = {'%', 'P', 'D', 'F', '-'};
        if (content.length < magic.length + 3) return false;
        for (int i = 0; i < magic.length; i++) if (content[i] != magic[i]) return false;
        return true;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
