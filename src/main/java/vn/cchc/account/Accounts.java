package vn.cchc.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.shared.AuditEvent;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.ValidationFailedException;

/** Creating, editing, deactivating and unlocking accounts; passwords. */
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final LoginThrottle throttle;
    private final LoginLog loginLog;
    private final OrgUnits orgUnits;

    Accounts(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            AuditTrail audit,
            LoginThrottle throttle,
            LoginLog loginLog,
            OrgUnits orgUnits) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.throttle = throttle;
        this.loginLog = loginLog;
        this.orgUnits = orgUnits;
    }

    public List<UserAccount> all() {
        return accounts.findAllByOrderByUsername();
    }

    public Optional<UserAccount> byUsername(String username) {
        return accounts.findByUsername(username);
    }

    /**
     * A new account, trusted input (demo data, tests): no password policy. People and the API go through
     * {@link #createChecked}. With {@code mustChangePassword} the account signs in with the temporary password once,
     * then must choose its own.
     */
    @Transactional
    public UserAccount create(NewAccount n) {
        if (accounts.findByUsername(n.username()).isPresent()) {
            throw new ValidationFailedException(
                    List.of(new FieldViolation("username", "Tên đăng nhập «" + n.username() + "» đã có người dùng.")));
        }
        if (n.role() != Role.ADMIN && n.orgUnitId() == null) {
            throw new ValidationFailedException(
                    List.of(new FieldViolation("orgUnitId", "Đơn vị: bắt buộc với vai trò này.")));
        }
        UserAccount a = accounts.save(new UserAccount(
                n.username(),
                encoder.encode(n.password()),
                n.fullName(),
                n.role(),
                n.role() == Role.ADMIN ? null : n.orgUnitId(),
                n.mustChangePassword()));
        audit.record(AuditEvent.of(
                "CREATE",
                "UserAccount",
                a.getId(),
                null,
                Map.of(
                        "username",
                        a.getUsername(),
                        "role",
                        a.getRole().name(),
                        "orgUnitId",
                        String.valueOf(a.getOrgUnitId()))));
        return a;
    }

    public UserAccount get(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    /** The admin's (page or API) new account: the password policy and the unit are checked first. */
    @Transactional
    public UserAccount createChecked(NewAccount n) {
        List<FieldViolation> errors =
                new ArrayList<>(PasswordPolicy.check("password", "Mật khẩu", n.password(), n.username()));
        errors.addAll(unitRule(n.role(), n.orgUnitId()));
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        return create(n);
    }

    /** The administrator edits who the account is: full name, role, unit. */
    @Transactional
    public UserAccount update(long id, String fullName, Role role, Long orgUnitId, long version) {
        UserAccount a = get(id);
        if (a.getVersion() != version) throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
        List<FieldViolation> errors = new ArrayList<>(unitRule(role, orgUnitId));
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        Map<String, Object> before = state(a);
        a.edit(fullName.strip(), role, role == Role.ADMIN ? null : orgUnitId);
        audit.record(AuditEvent.of("UPDATE", "UserAccount", a.getId(), before, state(a)));
        return a;
    }

    /** A deactivated account cannot sign in, its tokens stop working and its sessions end at their next request. */
    @Transactional
    public void setEnabled(long id, boolean enabled) {
        UserAccount a = get(id);
        if (a.isEnabled() == enabled) return;
        a.setEnabled(enabled);
        audit.record(AuditEvent.of(enabled ? "ACTIVATE" : "DEACTIVATE", "UserAccount", a.getId(), null, null));
    }

    /** Lifts every (account, address) lock and delay of the account. */
    @Transactional
    public void unlock(long id) {
        UserAccount a = get(id);
        int pairs = throttle.unlock(a.getUsername());
        a.recordSuccessfulLogin();
        audit.record(AuditEvent.of("UNLOCK", "UserAccount", a.getId(), null, Map.of("pairs", pairs)));
    }

    /** A temporary password set by the administrator: forced change at next sign-in, other sessions end, locks lifted. */
    @Transactional
    public void resetPassword(long id, String temporary) {
        UserAccount a = get(id);
        List<FieldViolation> errors =
                PasswordPolicy.check("temporaryPassword", "Mật khẩu tạm", temporary, a.getUsername());
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        a.resetPassword(encoder.encode(temporary));
        throttle.unlock(a.getUsername());
        audit.record(AuditEvent.of("PASSWORD_RESET", "UserAccount", a.getId(), null, null));
    }

    /**
     * The user's own change. The current password is guessed no faster than at the login form: the same
     * (account, address) throttle counts its failures and refuses while the pair waits or is locked.
     */
    @Transactional(noRollbackFor = ValidationFailedException.class)
    public void changePassword(long accountId, String current, String next, String confirm, String address) {
        UserAccount a = get(accountId);
        var refused = throttle.check(a.getUsername(), address);
        if (refused.isPresent()) {
            loginLog.record(
                    a.getUsername(),
                    a.getId(),
                    address,
                    LoginLog.Channel.PASSWORD_CHANGE,
                    refused.get().locked() ? LoginLog.Outcome.LOCKED : LoginLog.Outcome.THROTTLED);
            var now = refused.get().locked() ? refused : throttle.failure(a.getUsername(), address);
            throw new ValidationFailedException(List.of(new FieldViolation(
                    "currentPassword",
                    "Mật khẩu hiện tại: "
                            + lower(SignInMessages.refusal(new SignInThrottledException(now.orElse(refused.get())))))));
        }
        if (current == null || !encoder.matches(current, a.getPasswordHash())) {
            loginLog.record(
                    a.getUsername(), a.getId(), address, LoginLog.Channel.PASSWORD_CHANGE, LoginLog.Outcome.FAILURE);
            throttle.failure(a.getUsername(), address);
            throw new ValidationFailedException(
                    List.of(new FieldViolation("currentPassword", "Mật khẩu hiện tại: không đúng.")));
        }
        throttle.success(a.getUsername(), address);
        List<FieldViolation> errors =
                new ArrayList<>(PasswordPolicy.check("newPassword", "Mật khẩu mới", next, a.getUsername()));
        if (errors.isEmpty() && !next.equals(confirm)) {
            errors.add(new FieldViolation("confirmPassword", "Nhập lại mật khẩu mới: không khớp với mật khẩu mới."));
        }
        if (errors.isEmpty() && encoder.matches(next, a.getPasswordHash())) {
            errors.add(new FieldViolation("newPassword", "Mật khẩu mới: phải khác mật khẩu hiện tại."));
        }
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        a.changePassword(encoder.encode(next));
        audit.record(AuditEvent.of("PASSWORD_CHANGE", "UserAccount", a.getId(), null, null));
    }

    public Optional<Instant> lockedUntil(String username) {
        return throttle.lockedUntil(username);
    }

    private List<FieldViolation> unitRule(Role role, Long orgUnitId) {
        if (role == null)
            return List.of(
                    new FieldViolation("role", "Vai trò: bắt buộc (một trong CLERK, CHAIRMAN, REVIEWER, ADMIN)."));
        if (role != Role.ADMIN && orgUnitId == null)
            return List.of(new FieldViolation("orgUnitId", "Đơn vị: bắt buộc với vai trò này."));
        if (orgUnitId != null && role != Role.ADMIN) {
            try {
                orgUnits.get(orgUnitId);
            } catch (NotFoundException e) {
                return List.of(new FieldViolation("orgUnitId", "Đơn vị: không có đơn vị mã số " + orgUnitId + "."));
            }
        }
        return List.of();
    }

    private static Map<String, Object> state(UserAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullName", a.getFullName());
        m.put("role", a.getRole().name());
        m.put("orgUnitId", a.getOrgUnitId());
        return m;
    }

    private static String lower(String sentence) {
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
