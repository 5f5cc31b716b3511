package vn.cchc.signing.web;

import java.io.IOException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.cchc.account.CurrentUser;
import vn.cchc.shared.ValidationFailedException;
import vn.cchc.signing.PdfVerifier;

/** The «Kiểm tra văn bản đã ký» page: anyone signed in uploads a PDF and reads the verdict. */
@Controller
class VerifyPageController {

    private final PdfVerifier verifier;

    VerifyPageController(PdfVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/verify")
    String form() {
        return "signing/verify";
    }

    @PostMapping("/verify")
    String verify(
            @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        try {
            model.addAttribute("result", verifier.verify(user, VerifyApiController.read(file)));
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (ValidationFailedException e) {
            model.addAttribute("fileError", e.violations().get(0).message());
        }
        return "signing/verify";
    }
}
