package vn.cchc.signing.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.cchc.account.CurrentUser;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ValidationFailedException;
import vn.cchc.signing.PdfVerifier;
import vn.cchc.signing.Verification;

/** {@code POST /api/v1/verify}: is this PDF one of our signed reports, unchanged, and are its signatures valid? */
@RestController
class VerifyApiController {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    private final PdfVerifier verifier;

    VerifyApiController(PdfVerifier verifier) {
        this.verifier = verifier;
    }

    @Operation(summary = "Kiểm tra một tệp PDF: có phải báo cáo đã ký của hệ thống, còn nguyên vẹn, chữ ký số hợp lệ")
    @PostMapping(path = "/api/v1/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    VerifyAnswer verify(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        return VerifyAnswer.of(verifier.verify(user, read(file)));
    }

    static byte[] read(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new ValidationFailedException(
                    List.of(new FieldViolation("file", "Tệp PDF cần kiểm tra: bắt buộc, hãy chọn một tệp .pdf.")));
        }
        if (file.getSize() > MAX_BYTES) {
            throw new ValidationFailedException(
                    List.of(new FieldViolation("file", "Tệp PDF cần kiểm tra: tối đa 20 MB.")));
        }
        return file.getBytes();
    }

    /** The API's answer: {known, unchanged, reportId, signatures: [{signer, signedAt, valid}]}. */
    record VerifyAnswer(boolean known, boolean unchanged, Long reportId, List<Sig> signatures) {
        record Sig(String signer, String signedAt, boolean valid) {}

        static VerifyAnswer of(Verification v) {
            return new VerifyAnswer(
                    v.known(),
                    v.unchanged(),
                    v.reportId(),
                    v.signatures().stream()
                            .map(s -> new Sig(s.signer(), s.signedAt(), s.valid()))
                            .toList());
        }
    }
}
