package vn.cchc.period.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.period.ReportKind;
import vn.cchc.period.ReportKinds;
import vn.cchc.shared.ForbiddenException;

/** The report kinds (anyone signed in) and, for the administrator, a kind's own Word template. */
@RestController
@RequestMapping("/api/v1/report-kinds")
class ReportKindApiController {

    private final ReportKinds kinds;

    ReportKindApiController(ReportKinds kinds) {
        this.kinds = kinds;
    }

    @GetMapping
    List<KindJson> list() {
        return kinds.all().stream().map(KindJson::of).toList();
    }

    /** A new kind (admin): 201 with the kind; 422 naming each field and rule, nothing saved. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    KindJson add(@AuthenticationPrincipal UnitViewer viewer, @RequestBody NewKindJson body) {
        if (!viewer.seesAll()) throw new ForbiddenException("commune.error.adminOnly");
        return KindJson.of(
                kinds.add(body.code(), body.name(), body.summaryLine(), body.outline(), body.emptySection()));
    }

    record NewKindJson(String code, String name, String summaryLine, String outline, String emptySection) {}

    /** Multipart {@code file}: a .docx checked like on the page; 422 naming the rule, the kind unchanged. */
    @PostMapping(path = "/{id}/template", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    KindJson uploadTemplate(
            @AuthenticationPrincipal UnitViewer viewer,
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file)
            throws IOException {
        if (!viewer.seesAll()) throw new ForbiddenException("commune.error.adminOnly");
        return KindJson.of(kinds.uploadTemplate(
                id, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes()));
    }

    record KindJson(
            Long id,
            String code,
            String name,
            String template,
            boolean uploadedTemplate,
            Instant templateUploadedAt,
            String emptySection) {
        static KindJson of(ReportKind k) {
            return new KindJson(
                    k.getId(),
                    k.getCode(),
                    k.getName(),
                    k.getTemplate(),
                    k.hasUploadedTemplate(),
                    k.getTemplateUploadedAt(),
                    k.getEmptySection());
        }
    }
}
