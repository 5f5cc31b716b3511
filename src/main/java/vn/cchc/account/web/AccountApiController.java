package vn.cchc.account.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.account.Accounts;
import vn.cchc.account.NewAccount;
import vn.cchc.account.Role;
import vn.cchc.account.UserAccount;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ValidationFailedException;

/** Accounts administration over the API (ADMIN only, enforced by the API security chain): the pages' rules. */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountApiController {

    record NewAccountBody(
            String username,
            String password,
            String fullName,
            String role,
            Long orgUnitId,
            Boolean mustChangePassword) {}

    record EditBody(String fullName, String role, Long orgUnitId, Long version) {}

    record PasswordBody(String temporaryPassword) {}

    private final Accounts accounts;

    AccountApiController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody NewAccountBody b) {
        List<FieldViolation> errors = new ArrayList<>();
        if (b.username() == null || b.username().isBlank()) {
            errors.add(new FieldViolation("username", "Tên đăng nhập: bắt buộc."));
        } else if (!b.username().strip().matches("[a-z0-9._-]{3,60}")) {
            errors.add(new FieldViolation(
                    "username", "Tên đăng nhập: 3–60 ký tự, chỉ gồm chữ thường không dấu, số và . _ -"));
        }
        fullNameRule(b.fullName(), errors);
        Role role = role(b.role(), errors);
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        UserAccount a = accounts.createChecked(new NewAccount(
                b.username().strip(),
                b.password(),
                b.fullName().strip(),
                role,
                role == Role.ADMIN ? null : b.orgUnitId(),
                b.mustChangePassword() == null || b.mustChangePassword()));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(a));
    }

    @PutMapping("/{id}")
    Map<String, Object> edit(@PathVariable long id, @RequestBody EditBody b) {
        List<FieldViolation> errors = new ArrayList<>();
        fullNameRule(b.fullName(), errors);
        Role role = role(b.role(), errors);
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        long version = b.version() == null ? accounts.get(id).getVersion() : b.version();
        return view(accounts.update(id, b.fullName(), role, b.orgUnitId(), version));
    }

    @PostMapping("/{id}/deactivate")
    Map<String, Object> deactivate(@PathVariable long id) {
        accounts.setEnabled(id, false);
        return view(accounts.get(id));
    }

    @PostMapping("/{id}/activate")
    Map<String, Object> activate(@PathVariable long id) {
        accounts.setEnabled(id, true);
        return view(accounts.get(id));
    }

    @PostMapping("/{id}/unlock")
    Map<String, Object> unlock(@PathVariable long id) {
        accounts.unlock(id);
        return view(accounts.get(id));
    }

    @PostMapping("/{id}/reset-password")
    Map<String, Object> resetPassword(@PathVariable long id, @RequestBody PasswordBody b) {
        accounts.resetPassword(id, b.temporaryPassword());
        return view(accounts.get(id));
    }

    private static void fullNameRule(String fullName, List<FieldViolation> errors) {
        if (fullName == null || fullName.isBlank()) errors.add(new FieldViolation("fullName", "Họ và tên: bắt buộc."));
        else if (fullName.strip().length() > 200)
            errors.add(new FieldViolation("fullName", "Họ và tên: tối đa 200 ký tự."));
    }

    private static Role role(String value, List<FieldViolation> errors) {
        try {
            return Role.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldViolation(
                    "role",
                    "Vai trò: bắt buộc, một trong CLERK, CHAIRMAN, REVIEWER, ADMIN (công chức xã, "
                            + "chủ tịch UBND xã, cơ quan tiếp nhận báo cáo, quản trị)."));
            return null;
        }
    }

    static Map<String, Object> view(UserAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.getId());
        m.put("username", a.getUsername());
        m.put("fullName", a.getFullName());
        m.put("role", a.getRole().name());
        m.put("orgUnitId", a.getOrgUnitId());
        m.put("enabled", a.isEnabled());
        m.put("mustChangePassword", a.isMustChangePassword());
        m.put("version", a.getVersion());
        return m;
    }
}
