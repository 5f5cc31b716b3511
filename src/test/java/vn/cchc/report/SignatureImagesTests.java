package vn.cchc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.IntegrationTest;
import vn.cchc.account.CurrentUser;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.shared.ForbiddenException;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.ValidationFailedException;

@IntegrationTest
@Transactional
class SignatureImagesTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};

    @Autowired
    SignatureImages images;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    UserDetailsService users;

    CurrentUser user(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    @Test
    void theChairmanStoresTheUnitsImagesOthersMayNot() {
        long thanhHong = orgUnits.byCode("THANH_HONG").orElseThrow().getId();
        images.store(user("thanhhong-chair"), thanhHong, new SignatureImages.Image(PNG, "image/png"), null);
        assertThat(images.forUnit(thanhHong).signature())
                .hasValueSatisfying(i -> assertThat(i.bytes()).isEqualTo(PNG));
        assertThat(images.forUnit(thanhHong).seal()).isEmpty();
        images.store(user("admin"), thanhHong, null, new SignatureImages.Image(PNG, "image/png"));
        assertThat(images.forUnit(thanhHong).signature()).isPresent();
        assertThat(images.forUnit(thanhHong).seal()).isPresent();

        assertThatThrownBy(() -> images.store(
                        user("thanhhong-clerk"), thanhHong, new SignatureImages.Image(PNG, "image/png"), null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> images.store(
                        user("lienmac-chair"), thanhHong, new SignatureImages.Image(PNG, "image/png"), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> images.store(
                        user("thanhhong-chair"),
                        thanhHong,
                        new SignatureImages.Image("not an image".getBytes(), "image/png"),
                        null))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.violations().get(0).message()).startsWith("Ảnh chữ ký: phải là ảnh PNG"));
    }
}
