package vn.cchc.document.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.cchc.account.CurrentUser;
import vn.cchc.document.ImportPreview;
import vn.cchc.document.RegisterImport;
import vn.cchc.document.RowError;
import vn.cchc.document.internal.RegisterFileRejected;
import vn.cchc.shared.Messages;

/**
 * POST /api/v1/org-units/{id}/documents/import[?dryRun=true] (docs/api.md): multipart {@code file}, XLSX or CSV with a
 * header row. 200 {@code {new, unchanged, changed, duplicates, errors: [], committed}}; with any error nothing is
 * saved and the same body comes as a 422 problem (its {@code detail} the first error).
 */
@RestController
class RegisterImportApiController {

    private final RegisterImport imports;
    private final Messages messages;

    RegisterImportApiController(RegisterImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = new Messages(messages);
    }

    @PostMapping(path = "/api/v1/org-units/{id}/documents/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importRegister(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        imports.requireWriter(user, id);
        ImportPreview result;
        try {
            if (file == null || file.isEmpty()) throw new RegisterFileRejected("register.import.file.empty");
            imports.checkSize(file.getSize());
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            result = dryRun
                    ? imports.preview(user, id, name, file.getBytes(), Map.of())
                    : imports.commit(user, id, name, file.getBytes(), Map.of());
        } catch (RegisterFileRejected e) {
            String message = messages.text(e);
            return unprocessable(0, 0, 0, 0, List.of(new RowError(0, "file", message)));
        }
        if (result.hasErrors()) {
            return unprocessable(
                    result.newCount(), result.unchanged(), result.changed(), result.duplicates(), result.errors());
        }
        return ResponseEntity.ok(new Body(
                result.newCount(),
                result.unchanged(),
                result.changed(),
                result.duplicates(),
                List.of(),
                result.committed()));
    }

    record Body(
            @JsonProperty("new") int newCount,
            int unchanged,
            int changed,
            int duplicates,
            List<RowError> errors,
            boolean committed) {}

    private ResponseEntity<ProblemDetail> unprocessable(
            int n, int unchanged, int changed, int duplicates, List<RowError> errors) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, errors.get(0).message());
        pd.setTitle(messages.textOr("error.validation.title", ""));
        pd.setProperty("new", n);
        pd.setProperty("unchanged", unchanged);
        pd.setProperty("changed", changed);
        pd.setProperty("duplicates", duplicates);
        pd.setProperty("errors", errors);
        pd.setProperty("committed", false);
        return ResponseEntity.unprocessableContent()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(pd);
    }
}
