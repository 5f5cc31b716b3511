package vn.cchc.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiacriticsTest {

    @Test
    void foldsVietnameseToPlainLowerCase() {
        assertThat(Diacritics.fold("Kế hoạch 36/KH-UBND")).isEqualTo("ke hoach 36/kh-ubnd");
        assertThat(Diacritics.fold("Đảng ủy xã Liên Mạc")).isEqualTo("dang uy xa lien mac");
        assertThat(Diacritics.fold("QUYẾT ĐỊNH  số   05")).isEqualTo("quyet dinh so 05");
    }

    @Test
    void everyWordOfTheQueryMustOccur() {
        String text = Diacritics.fold("Kế hoạch 36/KH-UBND thực hiện công tác cải cách hành chính UBND xã Liên Mạc");
        assertThat(Diacritics.matches(text, "ke hoach 36")).isTrue();
        assertThat(Diacritics.matches(text, "KẾ HOẠCH cải cách")).isTrue();
        assertThat(Diacritics.matches(text, "lien mac")).isTrue();
        assertThat(Diacritics.matches(text, "quyet dinh 36")).isFalse();
        assertThat(Diacritics.matches(text, "  ")).isTrue();
    }
}
