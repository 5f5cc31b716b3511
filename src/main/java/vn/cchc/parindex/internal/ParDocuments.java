package vn.cchc.parindex.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitOfficial;
import vn.cchc.orgunit.UnitOfficials;
import vn.cchc.parindex.AssessmentView;
import vn.cchc.parindex.Criterion;
import vn.cchc.parindex.EvidenceView;
import vn.cchc.parindex.ResultRow;
import vn.cchc.parindex.Results;
import vn.cchc.parindex.ScoreView;
import vn.cchc.rendering.Appendix;
import vn.cchc.rendering.Block;
import vn.cchc.rendering.Letterhead;
import vn.cchc.rendering.ParagraphStyle;
import vn.cchc.rendering.ReportDocument;
import vn.cchc.rendering.Signature;

/**
 * The commune's self-assessment report and the office's results as the rendering module's Decree 30 model, so
 * the same DOCX and PDF renderers print them: the text in the body, the full table in the appendix.
 */
@Component
public class ParDocuments {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    private final OrgUnits orgUnits;
    private final UnitOfficials officials;
    private final ParTexts texts;
    private final Clock clock;

    public ParDocuments(OrgUnits orgUnits, UnitOfficials officials, ParTexts texts, Clock clock) {
        this.orgUnits = orgUnits;
        this.officials = officials;
        this.texts = texts;
        this.clock = clock;
    }

    public ReportDocument selfAssessment(AssessmentView a) {
        OrgUnit unit = orgUnits.get(a.unitId());
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = OrgUnits.lastValidDay(unit, LocalDate.of(a.year(), 12, 31));
        OrgUnit parent = orgUnits.parentOn(unit.getId(), asOf).orElse(null);
        List<Block> body = new ArrayList<>();
        body.add(Block.Paragraph.body(texts.t(
                "parindex.doc.intro",
                a.index().title(),
                a.index().legalBasis() == null ? "" : " (" + a.index().legalBasis() + ")",
                unit.getName(),
                a.year())));
        List<List<String>> rows = new ArrayList<>();
        int roman = 0;
        for (Criterion c : a.index().criteria()) {
            if (c.survey()) continue;
            if (c.level() == 1) {
                BigDecimal self = a.scores().stream()
                        .filter(s -> s.criterion().fieldCode().equals(c.code()))
                        .map(ScoreView::selfPoints)
                        .filter(Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                body.add(new Block.Heading(1, ROMAN[roman++ % ROMAN.length] + ".", c.title()));
                body.add(Block.Paragraph.body(
                        texts.t("parindex.doc.fieldPoints", Points.format(self), Points.format(c.maxPoints()))));
            }
            ScoreView s = c.leaf() ? a.score(c.code()) : null;
            rows.add(List.of(
                    c.code(),
                    c.title(),
                    Points.format(c.maxPoints()),
                    s == null ? "" : Points.format(s.selfPoints()),
                    s == null ? "" : evidenceText(s)));
            if (s != null) {
                body.add(new Block.Paragraph(
                        texts.t(
                                "parindex.doc.leaf",
                                c.code(),
                                c.title(),
                                Points.format(s.selfPoints()),
                                Points.format(c.maxPoints()),
                                evidenceText(s)),
                        ParagraphStyle.DASH));
            }
        }
        body.add(new Block.Heading(1, ROMAN[roman % ROMAN.length] + ".", texts.t("parindex.doc.totalHeading")));
        body.add(Block.Paragraph.body(texts.t(
                "parindex.doc.total",
                Points.format(a.selfTotal()),
                Points.format(a.index().maxPoints().subtract(a.index().surveyMax())),
                Points.format(a.index().surveyMax()))));
        String chair = officials
                .chairmanOn(unit.getId(), today)
                .map(UnitOfficial::getFullName)
                .orElse(texts.t("parindex.doc.noChair"));
        Appendix appendix = new Appendix(
                texts.t("parindex.doc.appendixTitle", a.year()),
                texts.t("parindex.doc.appendixRef", unit.getLetterheadName()),
                List.of(
                        new Appendix.Column(texts.t("parindex.col.code"), 8, true),
                        new Appendix.Column(texts.t("parindex.col.criterion"), 44, false),
                        new Appendix.Column(texts.t("parindex.col.max"), 9, true),
                        new Appendix.Column(texts.t("parindex.col.self"), 9, true),
                        new Appendix.Column(texts.t("parindex.col.evidence"), 30, false)),
                rows);
        return new ReportDocument(
                new Letterhead(
                        parent == null ? null : parent.getLetterheadName(),
                        unit.getLetterheadName(),
                        texts.t("parindex.doc.number"),
                        unit.getPlaceName(),
                        today),
                texts.t("parindex.doc.type"),
                List.of(texts.t("parindex.doc.summary", a.year())),
                texts.t("parindex.doc.period", a.year()),
                body,
                new Signature(texts.t("parindex.doc.authority"), texts.t("parindex.doc.chairTitle"), chair),
                List.of(
                        texts.t("parindex.doc.recipientOffice", parent == null ? "" : parent.getName()),
                        texts.t("parindex.doc.recipientArchive")),
                appendix);
    }

    public ReportDocument results(Results r) {
        OrgUnit office = r.office();
        LocalDate today = LocalDate.now(clock);
        OrgUnit parent = orgUnits.parentOn(office.getId(), OrgUnits.lastValidDay(office, today))
                .orElse(null);
        List<Block> body = new ArrayList<>();
        long ranked = r.rows().stream().filter(x -> x.rank() != null).count();
        body.add(Block.Paragraph.body(texts.t(
                "parindex.results.doc.intro",
                r.index().title(),
                r.year(),
                r.rows().size(),
                ranked)));
        Map<String, Long> bands = new LinkedHashMap<>();
        r.index().bands().forEach(b -> bands.put(b.label(), 0L));
        r.rows().stream().filter(x -> x.band() != null).forEach(x -> bands.merge(x.band(), 1L, Long::sum));
        bands.forEach((band, n) ->
                body.add(new Block.Paragraph(texts.t("parindex.results.doc.band", band, n), ParagraphStyle.DASH)));
        body.add(Block.Paragraph.body(
                texts.t("parindex.results.doc.tieRule." + r.index().tieRule().name())));
        List<Appendix.Column> cols = new ArrayList<>(List.of(
                new Appendix.Column(texts.t("parindex.col.rank"), 6, true),
                new Appendix.Column(texts.t("parindex.col.unit"), 20, false)));
        for (Criterion f : r.index().fields())
            cols.add(new Appendix.Column(f.code() + " (" + Points.format(f.maxPoints()) + ")", 7, true));
        cols.add(new Appendix.Column(texts.t("parindex.col.total"), 9, true));
        cols.add(new Appendix.Column(texts.t("parindex.col.band"), 10, true));
        List<List<String>> rows = new ArrayList<>();
        for (ResultRow x : r.rows()) {
            List<String> row =
                    new ArrayList<>(List.of(x.rank() == null ? "" : String.valueOf(x.rank()), x.orgUnitName()));
            for (Criterion f : r.index().fields()) {
                row.add(
                        f.survey()
                                ? Points.format(x.surveyPoints())
                                : x.appraisedScore() == null
                                        ? ""
                                        : Points.format(x.fieldPoints().get(f.code())));
            }
            row.add(Points.format(x.appraisedScore()));
            row.add(x.band() == null ? "" : x.band());
            rows.add(row);
        }
        String fields = String.join(
                "; ",
                r.index().fields().stream()
                        .map(f -> f.code() + ". " + f.title())
                        .toList());
        Appendix appendix = new Appendix(
                texts.t("parindex.results.doc.appendixTitle", r.year()),
                texts.t("parindex.results.doc.appendixRef", fields),
                cols,
                rows);
        return new ReportDocument(
                new Letterhead(
                        parent == null ? null : parent.getLetterheadName(),
                        office.getLetterheadName(),
                        texts.t("parindex.doc.number"),
                        office.getPlaceName(),
                        today),
                texts.t("parindex.doc.type"),
                List.of(texts.t("parindex.results.doc.summary", r.year())),
                texts.t("parindex.doc.period", r.year()),
                body,
                new Signature(
                        texts.t("parindex.results.doc.authority"),
                        texts.t("parindex.results.doc.title"),
                        texts.t("parindex.doc.noChair")),
                List.of(texts.t("parindex.results.doc.recipients"), texts.t("parindex.doc.recipientArchive")),
                appendix);
    }

    private String evidenceText(ScoreView s) {
        List<String> parts =
                new ArrayList<>(s.evidence().stream().map(EvidenceView::label).toList());
        if (s.explanation() != null && !s.explanation().isBlank())
            parts.add(texts.t("parindex.doc.explanation", s.explanation()));
        if (s.prefillSource() != null) parts.add(s.prefillSource());
        String text = parts.isEmpty() ? texts.t("parindex.doc.noEvidence") : String.join("; ", parts);
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text; // the sentence adds its own full stop
    }
}
