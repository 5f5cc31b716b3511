package vn.cchc.parindex.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.account.CurrentUser;
import vn.cchc.parindex.AssessmentView;
import vn.cchc.parindex.EvidenceView;
import vn.cchc.parindex.ParAssessments;
import vn.cchc.parindex.ParResults;
import vn.cchc.parindex.ResultRow;
import vn.cchc.parindex.Results;
import vn.cchc.parindex.ScoreView;

/** The results and one commune's assessment as JSON; the results as XLSX/PDF. */
@RestController
@RequestMapping("/api/v1/par-index")
class ParIndexApiController {

    private final ParResults results;
    private final ParAssessments assessments;
    private final ParIndexFiles files;

    ParIndexApiController(ParResults results, ParAssessments assessments, ParIndexFiles files) {
        this.results = results;
        this.assessments = assessments;
        this.files = files;
    }

    /** The office's communes: [{orgUnitId, orgUnitName, status, selfScore, appraisedScore, surveyPoints, fieldPoints, band, rank, previousScore}]. */
    @GetMapping("/results")
    List<Map<String, Object>> results(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long parentId,
            @RequestParam int year) {
        return results.results(user, parentId, year).rows().stream()
                .map(ParIndexApiController::row)
                .toList();
    }

    @GetMapping("/results.{ext:xlsx|pdf}")
    void resultsFile(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String ext,
            @RequestParam(required = false) Long parentId,
            @RequestParam int year,
            HttpServletResponse response)
            throws IOException {
        Results r = results.results(user, parentId, year);
        files.results(r, ext, response);
    }

    @GetMapping("/units/{unitId}/{year}")
    Map<String, Object> assessment(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long unitId, @PathVariable int year) {
        AssessmentView a = assessments.view(user, unitId, year);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("orgUnitId", a.unitId());
        out.put("orgUnitName", a.unitName());
        out.put("year", a.year());
        out.put("indexTitle", a.index().title());
        out.put("status", a.status().name());
        out.put("version", a.version());
        out.put("maxPoints", a.index().maxPoints());
        out.put("selfScore", a.selfTotal());
        out.put("appraisedScore", a.appraisedTotal());
        out.put("band", a.band());
        out.put("scores", a.scores().stream().map(ParIndexApiController::score).toList());
        out.put("findings", assessments.checks(a));
        return out;
    }

    static Map<String, Object> row(ResultRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orgUnitId", r.orgUnitId());
        m.put("orgUnitName", r.orgUnitName());
        m.put("status", r.status() == null ? null : r.status().name());
        m.put("selfScore", r.selfScore());
        m.put("appraisedScore", r.appraisedScore());
        m.put("surveyPoints", r.surveyPoints());
        m.put("fieldPoints", r.fieldPoints());
        m.put("band", r.band());
        m.put("rank", r.rank());
        m.put("previousScore", r.previousScore());
        return m;
    }

    private static Map<String, Object> score(ScoreView s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", s.criterion().code());
        m.put("title", s.criterion().title());
        m.put("maxPoints", s.criterion().maxPoints());
        m.put("rule", s.criterion().rule().name());
        m.put("selfPoints", s.selfPoints());
        m.put("explanation", s.explanation());
        m.put("prefillSource", s.prefillSource());
        m.put("appraisedPoints", s.appraisedPoints());
        m.put("appraisalReason", s.appraisalReason());
        m.put("answer", s.answer());
        m.put(
                "evidence",
                s.evidence().stream().map(ParIndexApiController::evidence).toList());
        return m;
    }

    private static Map<String, Object> evidence(EvidenceView e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("documentId", e.documentId());
        m.put("label", e.label());
        m.put("issuedOn", e.issuedOn());
        m.put("fileName", e.fileName());
        return m;
    }
}
