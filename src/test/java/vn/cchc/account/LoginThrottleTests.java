package vn.cchc.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.cchc.CookieSession;
import vn.cchc.IntegrationTest;

/**
 * Issue #10 item 2: wrong passwords lock only the (account, source address) pair, with a progressive delay
 * before; the counts live in the database; the owner elsewhere is not locked out; the administrator unlocks;
 * the login page says until when; every sign-in is in the login log with its address.
 */
@IntegrationTest
class LoginThrottleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    String newAccount(String prefix) {
        String name = prefix + "-" + System.nanoTime();
        accounts.create(new NewAccount(
                name,
                "correct-horse-9",
                "Thử khóa",
                Role.CHAIRMAN,
                accounts.byUsername("lienmac-clerk").orElseThrow().getOrgUnitId(),
                false));
        return name;
    }

    @Test
    void anAttackerLocksOnlyHisOwnAddressAndTheOwnerStillSignsInFromHers() throws Exception {
        String name = newAccount("pair");
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.perform(get("/api/v1/reports")
                                    .with(httpBasic(name, "guess" + i))
                                    .with(from("203.0.113.66")))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(401);
        }
        // the counts are rows of the database (shared by every app node), not memory
        assertThat(jdbc.queryForObject(
                        "select failures from login_throttle where username = ? and address = ?",
                        Integer.class,
                        name,
                        "203.0.113.66"))
                .isEqualTo(5);
        assertThat(jdbc.queryForObject(
                        "select locked_until > now() + interval '14 minutes' from login_throttle "
                                + "where username = ? and address = ?",
                        Boolean.class,
                        name,
                        "203.0.113.66"))
                .isTrue();

        MockHttpServletResponse locked = mvc.perform(get("/api/v1/reports")
                        .with(httpBasic(name, "correct-horse-9"))
                        .with(from("203.0.113.66")))
                .andReturn()
                .getResponse();
        assertThat(locked.getStatus()).isEqualTo(401);
        assertThat(locked.getContentAsString(StandardCharsets.UTF_8))
                .containsPattern("tạm khóa trên máy này đến \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(locked.getHeader("Retry-After")).isNotNull();

        // the owner, from her own address, is not locked out
        assertThat(mvc.perform(get("/api/v1/reports")
                                .with(httpBasic(name, "correct-horse-9"))
                                .with(from("198.51.100.7")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        // and the form login from her address works too
        assertThat(mvc.perform(post("/login")
                                .with(csrf())
                                .with(from("198.51.100.7"))
                                .param("username", name)
                                .param("password", "correct-horse-9"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");

        List<String> log = jdbc.queryForList(
                "select address || ' ' || channel || ' ' || outcome from login_event "
                        + "where username = ? order by id",
                String.class,
                name);
        assertThat(log)
                .contains(
                        "203.0.113.66 BASIC FAILURE",
                        "203.0.113.66 BASIC LOCKED",
                        "198.51.100.7 BASIC SUCCESS",
                        "198.51.100.7 FORM SUCCESS");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'LOGIN_LOCKED' "
                                + "and after_state->>'username' = ?",
                        Integer.class,
                        name))
                .isEqualTo(1);

        // the administrator lifts the lock over the API
        long id = accounts.byUsername(name).orElseThrow().getId();
        assertThat(mvc.perform(post("/api/v1/accounts/" + id + "/unlock").with(httpBasic("admin", "demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/reports")
                                .with(httpBasic(name, "correct-horse-9"))
                                .with(from("203.0.113.66")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void fromTheThirdFailureThePairMustWaitAndTryingDuringTheWaitCountsToo() throws Exception {
        String name = newAccount("delay");
        for (int i = 0; i < 3; i++) {
            mvc.perform(
                    get("/api/v1/reports").with(httpBasic(name, "guess" + i)).with(from("203.0.113.9")));
        }
        assertThat(jdbc.queryForObject(
                        "select next_allowed > now() from login_throttle where username = ?", Boolean.class, name))
                .isTrue();
        // even the right password is not checked during the wait
        MockHttpServletResponse r = mvc.perform(get("/api/v1/reports")
                        .with(httpBasic(name, "correct-horse-9"))
                        .with(from("203.0.113.9")))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).isEqualTo(401);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("vui lòng đợi đến");
        assertThat(jdbc.queryForObject("select failures from login_throttle where username = ?", Integer.class, name))
                .isEqualTo(4);
    }

    @Test
    void theLoginPageSaysTheAccountIsLockedAndUntilWhen() throws Exception {
        String name = newAccount("page");
        CookieSession session = new CookieSession(mvc);
        for (int i = 0; i < 5; i++) {
            session.perform(post("/login")
                    .with(csrf())
                    .with(from("203.0.113.20"))
                    .param("username", name)
                    .param("password", "guess" + i));
        }
        session.perform(post("/login")
                .with(csrf())
                .with(from("203.0.113.20"))
                .param("username", name)
                .param("password", "correct-horse-9"));
        String html = session.perform(get("/login?error")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .containsPattern("Tài khoản đang bị tạm khóa trên máy này đến \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}")
                .contains("quản trị viên mở khóa");

        // the administrator's list shows the lock, the account page offers the unlock and shows the login log
        String list = mvc.perform(get("/admin/accounts").with(user(users.loadUserByUsername("admin"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).containsPattern(name + "(?s).*?\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        long id = accounts.byUsername(name).orElseThrow().getId();
        String page = mvc.perform(get("/admin/accounts/" + id).with(user(users.loadUserByUsername("admin"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Mở khóa đăng nhập")
                .contains("203.0.113.20")
                .contains("Sai mật khẩu")
                .contains("Đang bị khóa");
        mvc.perform(post("/admin/accounts/" + id + "/unlock")
                .with(user(users.loadUserByUsername("admin")))
                .with(csrf()));
        assertThat(accounts.lockedUntil(name)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where username = ?", Integer.class, name))
                .isZero();
    }
}
