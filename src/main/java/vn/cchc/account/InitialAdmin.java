package vn.cchc.account;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.cchc.shared.StartupDataStep;

/**
 * A server install starts without the demo data, so nobody could sign in: when no administrator exists, an
 * {@code admin} account is created with the password from CCHC_ADMIN_PASSWORD, or a random one written once to the
 * log. Either way it is temporary — the first sign-in must choose a new one. Runs after the demo steps (which bring
 * their own admin).
 */
@Component
class InitialAdmin extends StartupDataStep {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);
    private final Accounts accounts;
    private final String configured;

    InitialAdmin(Accounts accounts, @Value("${cchc.admin.initial-password:}") String configured) {
        this.accounts = accounts;
        this.configured = configured == null || configured.isBlank() ? null : configured;
    }

    @Override
    protected int order() {
        return 1_000;
    }

    @Override
    protected void load() {
        if (accounts.all().stream().anyMatch(a -> a.getRole() == Role.ADMIN)
                || accounts.byUsername(USERNAME).isPresent()) {
            return;
        }
        String password = configured != null ? configured : generated();
        accounts.create(new NewAccount(USERNAME, password, "Quản trị hệ thống", Role.ADMIN, null, true));
        if (configured != null) {
            log.warn(
                    "Tạo tài khoản quản trị «{}» với mật khẩu từ CCHC_ADMIN_PASSWORD; phải đổi ở lần đăng nhập đầu.",
                    USERNAME);
        } else {
            // printed this once only: the account is created once
            log.warn(
                    "Tạo tài khoản quản trị «{}» với mật khẩu tạm thời: {} — phải đổi ở lần đăng nhập đầu.",
                    USERNAME,
                    password);
        }
    }

    private static String generated() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return sb.toString();
    }
}
