package vn.cchc.parindex.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.account.CurrentUser;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.parindex.AppraisalInput;
import vn.cchc.parindex.AssessmentView;
import vn.cchc.parindex.ParAssessments;
import vn.cchc.parindex.ParIndexes;
import vn.cchc.parindex.ParResults;
import vn.cchc.parindex.ScoreView;
import vn.cchc.parindex.SelfScoreInput;
import vn.cchc.parindex.TieRule;
import vn.cchc.parindex.internal.CriteriaTemplate;
import vn.cchc.parindex.internal.ParTexts;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ForbiddenException;
import vn.cchc.shared.UserFacingException;
import vn.cchc.shared.ValidationFailedException;
import vn.cchc.spreadsheet.XlsxTemplates;

/** The pages: a commune's assessment (self-scoring, appraisal, answer), the office's results, the criteria. */
@Controller
@RequestMapping("/par-index")
class ParIndexPageController {

    private final ParIndexes indexes;
    private final ParAssessments assessments;
    private final ParResults results;
    private final ParIndexFiles files;
    private final ParTexts texts;
    private final OrgUnits orgUnits;

    ParIndexPageController(
            ParIndexes indexes,
            ParAssessments assessments,
            ParResults results,
            ParIndexFiles files,
            MessageSource messages,
            OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
        this.indexes = indexes;
        this.assessments = assessments;
        this.results = results;
        this.files = files;
        this.texts = new ParTexts(messages);
    }

    /** The caller's own entry: a commune's assessment, an office's results, the administrator's criteria page. */
    @GetMapping
    String home(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year) {
        int y = year == null ? LocalDate.now().getYear() - 1 : year;
        if (user.seesAll()) return "redirect:/par-index/criteria?ownerId=" + defaultOwner(user) + "&year=" + y;
        if (user.seesSubordinates()) return "redirect:/par-index/results?year=" + y;
        return "redirect:/par-index/units/" + user.unitId() + "/" + y;
    }

    @GetMapping("/units/{unitId}/{year}")
    String assessment(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long unitId, @PathVariable int year, Model model) {
        AssessmentView a = assessments.view(user, unitId, year);
        model.addAttribute("a", a);
        model.addAttribute("findings", assessments.checks(a));
        boolean commune = assessments.isCommuneWriter(user, unitId);
        model.addAttribute("commune", commune);
        model.addAttribute("office", assessments.isOffice(user, unitId));
        model.addAttribute(
                "documents",
                commune && a.status().communeMayEdit()
                        ? assessments.candidateDocuments(user, unitId, year)
                        : List.of());
        return "parindex/assessment";
    }

    @PostMapping("/units/{unitId}/{year}/scores")
    String saveScores(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long unitId,
            @PathVariable int year,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes flash) {
        return act(unitId, year, flash, "parindex.saved", () -> {
            AssessmentView a = assessments.view(user, unitId, year);
            List<SelfScoreInput> inputs = new ArrayList<>();
            for (ScoreView s : a.scores()) {
                String code = s.criterion().code();
                if (s.criterion().survey() || !form.containsKey("points_" + code)) continue;
                List<Long> docs = new ArrayList<>();
                for (String d : form.getOrDefault("docs_" + code, List.of())) {
                    try {
                        docs.add(Long.parseLong(d));
                    } catch (NumberFormatException e) {
                        docs.add(-1L);
                    }
                }
                inputs.add(new SelfScoreInput(
                        code, form.getFirst("points_" + code), form.getFirst("explanation_" + code), docs));
            }
            Long version = parseLong(form.getFirst("version"));
            assessments.saveSelf(user, unitId, year, version, inputs);
        });
    }

    @PostMapping("/units/{unitId}/{year}/evidence")
    String upload(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long unitId,
            @PathVariable int year,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes flash) {
        return act(unitId, year, flash, "parindex.uploaded", () -> {
            try {
                assessments.uploadEvidence(
                        user,
                        unitId,
                        year,
                        code,
                        file == null ? null : file.getOriginalFilename(),
                        file == null ? null : file.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @PostMapping("/units/{unitId}/{year}/evidence/{evidenceId}/delete")
    String removeEvidence(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long unitId,
            @PathVariable int year,
            @PathVariable long evidenceId,
            RedirectAttributes flash) {
        return act(
                unitId,
                year,
                flash,
                "parindex.saved",
                () -> assessments.removeEvidence(user, unitId, year, evidenceId));
    }

    @PostMapping("/units/{unitId}/{year}/submit")
    String submit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long unitId,
            @PathVariable int year,
            RedirectAttributes flash) {
        return act(unitId, year, flash, "parindex.submitted", () -> assessments.submit(user, unitId, year));
    }

    @PostMapping("/units/{unitId}/{year}/appraisal")
    String appraise(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long unitId,
            @PathVariable int year,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes flash) {
        return act(unitId, year, flash, "parindex.appraised", () -> {
            AssessmentView a = assessments.view(user, unitId, year);
            List<AppraisalInput> inputs = new ArrayList<>();
            for (ScoreView s : a.scores()) {
                String code = s.criterion().code();
                if (form.containsKey("appraised_" + code)) {
                    inputs.add(new AppraisalInput(
                            code, form.getFirst("appraised_" + code), form.getFirst("reason_" + code)));
                }
            }
            assessments.appraise(user, unitId, year, inputs);
        });
    }

    @PostMapping("/units/{unitId}/{year}/answer")
    String answer(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long unitId,
            @PathVariable int year,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes flash) {
        return act(unitId, year, flash, "parindex.answered", () -> {
            Map<String, String> answers = new LinkedHashMap<>();
            form.forEach((k, v) -> {
                if (k.startsWith("answer_")) answers.put(k.substring(7), v.get(0));
            });
            assessments.answer(user, unitId, year, answers);
        });
    }

    @PostMapping("/units/{unitId}/{year}/finalise")
    String finalise(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long unitId,
            @PathVariable int year,
            RedirectAttributes flash) {
        return act(unitId, year, flash, "parindex.finalised", () -> assessments.finalise(user, unitId, year));
    }

    @GetMapping("/units/{unitId}/{year}/self-assessment.{ext:docx|pdf}")
    void selfAssessment(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long unitId,
            @PathVariable int year,
            @PathVariable String ext,
            HttpServletResponse response)
            throws IOException {
        files.selfAssessment(assessments.view(user, unitId, year), ext, response);
    }

    @GetMapping("/results")
    String results(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) Integer year,
            Model model) {
        int y = year == null ? LocalDate.now().getYear() - 1 : year;
        model.addAttribute("r", results.results(user, parentId, y));
        model.addAttribute("parentParam", user.seesAll() ? parentId : null);
        return "parindex/results";
    }

    @GetMapping("/results.{ext:xlsx|pdf}")
    void resultsFile(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String ext,
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) Integer year,
            HttpServletResponse response)
            throws IOException {
        files.results(
                results.results(user, parentId, year == null ? LocalDate.now().getYear() - 1 : year), ext, response);
    }

    @GetMapping("/criteria")
    String criteria(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Integer year,
            Model model) {
        long owner = ownerId != null ? ownerId : defaultOwner(user);
        indexes.requireManager(user, owner);
        int y = year == null ? LocalDate.now().getYear() - 1 : year;
        model.addAttribute("ownerId", owner);
        model.addAttribute("year", y);
        model.addAttribute("index", indexes.owned(owner, y).orElse(null));
        model.addAttribute("tieRules", TieRule.values());
        return "parindex/criteria";
    }

    @GetMapping("/criteria/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        byte[] bytes = CriteriaTemplate.bytes();
        response.setContentType(XlsxTemplates.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"mau-bo-chi-so-cchc.xlsx\"");
        response.getOutputStream().write(bytes);
    }

    @PostMapping("/criteria/import")
    String importCriteria(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String legalBasis,
            @RequestParam(required = false) String tieRule,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        long owner = ownerId != null ? ownerId : user.unitId() == null ? -1 : user.unitId();
        indexes.requireManager(user, owner);
        int y = year == null ? 0 : year;
        String back = "redirect:/par-index/criteria?ownerId=" + owner + "&year=" + y;
        try {
            TieRule rule = "SURVEY_FIRST".equals(tieRule) ? TieRule.SURVEY_FIRST : TieRule.SHARED;
            indexes.importSpreadsheet(
                    user,
                    owner,
                    new ParIndexes.Header(y, title, legalBasis, rule),
                    file == null ? new byte[0] : file.getBytes());
            flash.addFlashAttribute("success", msg("parindex.imported", y));
        } catch (ValidationFailedException e) {
            flash.addFlashAttribute(
                    "errors",
                    e.violations().stream().map(FieldViolation::message).toList());
        } catch (UserFacingException e) {
            flash.addFlashAttribute("error", msg(e.messageKey(), e.args()));
        }
        return back;
    }

    @PostMapping("/criteria/copy")
    String copy(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Integer year,
            RedirectAttributes flash) {
        long owner = ownerId != null ? ownerId : user.unitId() == null ? -1 : user.unitId();
        indexes.requireManager(user, owner);
        int y = year == null ? 0 : year;
        try {
            indexes.copyFromPreviousYear(user, owner, y);
            flash.addFlashAttribute("success", msg("parindex.copied", y - 1, y));
        } catch (ForbiddenException e) {
            throw e;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("error", msg(e.messageKey(), e.args()));
        }
        return "redirect:/par-index/criteria?ownerId=" + owner + "&year=" + y;
    }

    /** Runs a change; 404/403 pass through, rule failures come back to the page as messages (nothing saved). */
    private String act(long unitId, int year, RedirectAttributes flash, String successKey, Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("success", msg(successKey));
        } catch (ValidationFailedException e) {
            flash.addFlashAttribute(
                    "errors",
                    e.violations().stream().map(FieldViolation::message).toList());
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", msg(e.messageKey(), e.args()));
        }
        return "redirect:/par-index/units/" + unitId + "/" + year;
    }

    /** An office manages its own unit's index; an administrator starts at the first province. */
    private long defaultOwner(CurrentUser user) {
        if (user.unitId() != null) return user.unitId();
        return orgUnits.all().stream()
                .filter(u -> u.getLevel() == OrgUnitLevel.PROVINCE)
                .map(OrgUnit::getId)
                .findFirst()
                .orElse(-1L);
    }

    private String msg(String key, Object... args) {
        return texts.t(key, args);
    }

    private static Long parseLong(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
