package vn.cchc.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.IntegrationTest;
import vn.cchc.account.CurrentUser;
import vn.cchc.orgunit.NewOrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.shared.ForbiddenException;
import vn.cchc.shared.ValidationFailedException;
import vn.cchc.signing.internal.DemoCertificates;

/** The administrator configures a unit's PKCS#12 keystore; its password never sits in the database in clear. */
@IntegrationTest
class SigningKeysTests {

    @Autowired
    SigningKeys keys;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private CurrentUser account(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    private long newUnit() {
        String n = String.valueOf(System.nanoTime());
        return orgUnits.create(new NewOrgUnit(
                        "KEYS_" + n,
                        null,
                        "xã Khóa " + n,
                        "UBND XÃ KHÓA",
                        "Khóa",
                        OrgUnitLevel.COMMUNE,
                        LocalDate.of(2000, 1, 1),
                        null,
                        null))
                .getId();
    }

    @Test
    void theAdministratorUploadsAKeystoreAndBadOnesAreRefusedByField() {
        long unit = newUnit();
        byte[] p12 = new DemoCertificates().unitKeystore("Chủ tịch UBND XÃ KHÓA", "UBND XÃ KHÓA");

        assertThatThrownBy(() -> keys.store(account("lienmac-chair"), unit, p12, "demo"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> keys.store(account("admin"), unit, p12, "sai-mat-khau"))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("password");
                    assertThat(e.violations().get(0).message()).contains("Mật khẩu của tệp khóa");
                });
        assertThatThrownBy(() -> keys.store(account("admin"), unit, new byte[0], "demo"))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("file"));
        assertThat(keys.has(unit)).isFalse();

        KeystoreSummary s = keys.store(account("admin"), unit, p12, "demo");
        assertThat(s.chairmanSubject()).contains("Chủ tịch UBND XÃ KHÓA");
        assertThat(s.organisationSubject()).contains("UBND XÃ KHÓA");
        assertThat(keys.forUnit(unit)).hasValueSatisfying(k -> {
            assertThat(k.organisation()).isPresent();
            assertThat(k.chairman().sign("x".getBytes(StandardCharsets.UTF_8))).isNotEmpty();
        });
        byte[] sealed = jdbc.queryForObject(
                "select password_sealed from unit_signing_keystore where org_unit_id = ?", byte[].class, unit);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("demo");
    }

    @Test
    void theKeysPageIsForTheAdministrator() throws Exception {
        long unit = orgUnits.byCode("LIEN_MAC").orElseThrow().getId();
        mvc.perform(get("/admin/units/" + unit + "/signing-keys").with(user(account("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("không có giá trị pháp lý")));
        mvc.perform(get("/admin/units/" + unit + "/signing-keys").with(user(account("lienmac-chair"))))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/units/" + newUnit() + "/signing-keys")
                        .file(new MockMultipartFile("file", "k.p12", "application/x-pkcs12", new byte[] {1, 2, 3}))
                        .param("password", "x")
                        .with(user(account("admin")))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("không mở được tệp")));
    }
}
