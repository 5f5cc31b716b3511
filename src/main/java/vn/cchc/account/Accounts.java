package vn.cchc.account;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.ValidationFailedException;

/** Creating accounts and changing passwords. */
@Service
@Transactional(readOnly = true)
public class Accounts {

    static final int MIN_PASSWORD_LENGTH = 8;
    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    Accounts(UserAccountRepository accounts, PasswordEncoder encoder, AuditTrail audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    public List<UserAccount> all() {
        return accounts.findAllByOrderByUsername();
    }

    public Optional<UserAccount> byUsername(String username) {
        return accounts.findByUsername(username);
    }

    /** A new account signs in with the temporary password once, then must choose its own. */
    @Transactional
    public UserAccount create(NewAccount n) {
        if (accounts.findByUsername(n.username()).isPresent()) {
            throw new ValidationFailedException(List.of(new FieldViolation("username",
                    "Tên đăng nhập «" + n.username() + "» đã có người dùng.")));
        }
        if (n.role() != Role.ADMIN && n.orgUnitId() == null) {
            throw new ValidationFailedException(List.of(new FieldViolation("orgUnitId",
                    "Đơn vị: bắt buộc với vai trò này.")));
        }
        UserAccount a = accounts.save(new UserAccount(n.username(), encoder.encode(n.password()), n.fullName(),
                n.role(), n.role() == Role.ADMIN ? null : n.orgUnitId(), n.mustChangePassword()));
        audit.record(AuditEvent.of("CREATE", "UserAccount", a.getId(), null,
                Map.of("username", a.getUsername(), "role", a.getRole().name(),
                        "orgUnitId", String.valueOf(a.getOrgUnitId()))));
        return a;
    }

    @Transactional
    public void changePassword(long accountId, String current, String next, String confirm) {
        UserAccount a = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (!encoder.matches(current, a.getPasswordHash())) {
            throw new ValidationFailedException(List.of(new FieldViolation("currentPassword",
                    "Mật khẩu hiện tại: không đúng.")));
        }
        if (next == null || next.length() < MIN_PASSWORD_LENGTH) {
            throw new ValidationFailedException(List.of(new FieldViolation("newPassword",
                    "Mật khẩu mới: phải có ít nhất " + MIN_PASSWORD_LENGTH + " ký tự.")));
        }
        if (!next.equals(confirm)) {
            throw new ValidationFailedException(List.of(new FieldViolation("confirmPassword",
                    "Nhập lại mật khẩu mới: không khớp với mật khẩu mới.")));
        }
        if (encoder.matches(next, a.getPasswordHash())) {
            throw new ValidationFailedException(List.of(new FieldViolation("newPassword",
                    "Mật khẩu mới: phải khác mật khẩu hiện tại.")));
        }
        a.changePassword(encoder.encode(next));
        audit.record(AuditEvent.of("PASSWORD_CHANGE", "UserAccount", a.getId(), null, null));
    }
}
