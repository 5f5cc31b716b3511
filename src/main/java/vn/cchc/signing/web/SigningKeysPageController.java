package vn.cchc.signing.web;

import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.account.CurrentUser;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ValidationFailedException;
import vn.cchc.signing.SigningKeys;

/** Administrator: a unit's signing keystore (PKCS#12 with its password): what is there, upload or replace. */
@Controller
class SigningKeysPageController {

    private final SigningKeys keys;
    private final OrgUnits orgUnits;
    private final Messages messages;

    SigningKeysPageController(SigningKeys keys, OrgUnits orgUnits, MessageSource messages) {
        this.messages = new Messages(messages);
        this.keys = keys;
        this.orgUnits = orgUnits;
    }

    @GetMapping("/admin/units/{id}/signing-keys")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("unit", orgUnits.get(id));
        model.addAttribute("summary", keys.summary(id).orElse(null));
        return "signing/keys";
    }

    @PostMapping("/admin/units/{id}/signing-keys")
    String upload(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String password,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        orgUnits.get(id);
        try {
            keys.store(user, id, file == null ? null : file.getBytes(), password);
        } catch (ValidationFailedException e) {
            e.violations().forEach(v -> model.addAttribute(v.field() + "Error", v.message()));
            return show(id, model);
        }
        redirect.addFlashAttribute("success", messages.text("signing.keys.saved"));
        return "redirect:/admin/units/" + id + "/signing-keys";
    }
}
