package vn.cchc.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The load harness's parsing, percentiles and target guard (plain JUnit, no app, no timings). */
class LoadTestParsingTests {

    @Test
    void csrfTokenIsTakenFromTheHiddenInputWhateverTheAttributeOrder() {
        String thymeleaf = "<form action=\"/login\" method=\"post\"><input type=\"hidden\" name=\"_csrf\" "
                + "value=\"abc-123_X\"/><input name=\"username\"></form>";
        String valueFirst = "<input value=\"tok\" type=\"hidden\" name=\"_csrf\">";
        assertThat(LoadTest.csrfToken(thymeleaf)).contains("abc-123_X");
        assertThat(LoadTest.csrfToken(valueFirst)).contains("tok");
        assertThat(LoadTest.csrfToken("<input name=\"username\" value=\"x\">")).isEmpty();
    }

    @Test
    void reportIdsAreTheIdKeysNotOrgUnitIds() {
        String json = "[{\"id\":12,\"orgUnitId\":7,\"orgUnitName\":\"Xã Liên Mạc\",\"status\":\"DRAFT\"},"
                + "{\"id\": 15, \"orgUnitId\": 8, \"version\": 3}]";
        assertThat(LoadTest.reportIds(json)).containsExactly(12L, 15L);
        assertThat(LoadTest.reportIds("[]")).isEmpty();
    }

    @Test
    void sessionCookieIsTheLastJsessionIdSet() {
        assertThat(LoadTest.sessionCookie(
                        List.of("JSESSIONID=AAA; Path=/; HttpOnly", "other=1", "JSESSIONID=BBB; Path=/; HttpOnly")))
                .contains("JSESSIONID=BBB");
        assertThat(LoadTest.sessionCookie(List.of("XSRF=1; Path=/"))).isEmpty();
    }

    @Test
    void percentileIsNearestRank() {
        long[] hundred = new long[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = i + 1;
        }
        assertThat(LoadTest.percentile(hundred, 50)).isEqualTo(50);
        assertThat(LoadTest.percentile(hundred, 90)).isEqualTo(90);
        assertThat(LoadTest.percentile(hundred, 99)).isEqualTo(99);
        assertThat(LoadTest.percentile(hundred, 100)).isEqualTo(100);
        assertThat(LoadTest.percentile(new long[] {5, 7, 40}, 99)).isEqualTo(40);
        assertThat(LoadTest.percentile(new long[] {5, 7, 40}, 50)).isEqualTo(7);
        assertThat(LoadTest.percentile(new long[0], 99)).isZero();
    }

    @Test
    void samplesCountErrorsApartAndSortForPercentiles() {
        LoadTest.Samples samples = new LoadTest.Samples();
        for (long v : new long[] {30, 10, 20}) {
            samples.add(v);
        }
        samples.error();
        assertThat(samples.count()).isEqualTo(3);
        assertThat(samples.errors()).isEqualTo(1);
        assertThat(samples.sorted()).containsExactly(10, 20, 30);
    }

    @Test
    void heapUsedIsSurvivorEdenAndOldFromJstat() {
        String header = " S0C    S1C    S0U    S1U      EC       EU        OC         OU       MC     MU    "
                + "CCSC   CCSU   YGC     YGCT    FGC    FGCT     CGC    CGCT     GCT";
        String line = "  0.0   4096.0  0.0   4096.0 180224.0 90112.0   339968.0   120000.5  98304.0 "
                + "96000.0 12288.0 11000.0     25    0.321   0      0.000   4      0.010    0.331";
        assertThat(LoadTest.heapUsedKb(header, line)).isEqualTo(4096.0 + 90112.0 + 120000.5);
        assertThatThrownBy(() -> LoadTest.heapUsedKb("S0C S1C", "1 2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyLoopbackTargetsAreAccepted() {
        assertThat(LoadTest.loopbackOnly("http://127.0.0.1:8181/").toString()).isEqualTo("http://127.0.0.1:8181");
        for (String other : List.of(
                "http://localhost:8181",
                "http://10.0.0.5:8181",
                "https://127.0.0.1:8181",
                "http://example.com",
                "http://127.0.0.1.example.com:80",
                "http://u:p@127.0.0.1:8181",
                "http://127.0.0.1:8181/app")) {
            assertThatThrownBy(() -> LoadTest.loopbackOnly(other))
                    .as(other)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void optionsAreBoundedAndDefaultToTheBrief() {
        LoadTest.Options defaults = LoadTest.Options.parse();
        assertThat(defaults.users()).isEqualTo(200);
        assertThat(defaults.durationSeconds()).isEqualTo(60);
        assertThat(defaults.warmupSeconds()).isEqualTo(15);
        assertThat(defaults.pdfPercent()).isEqualTo(10);
        assertThatThrownBy(() -> LoadTest.Options.parse("--duration", "100000"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadTest.Options.parse("--base", "http://192.168.1.1:8080"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void severalBasesAndASubsetOfAccountsAreAccepted() {
        LoadTest.Options two = LoadTest.Options.parse(
                "--base", "http://127.0.0.1:8181, http://127.0.0.1:8182/", "--accounts", "lienmac-clerk,tuky-noivu");
        assertThat(two.bases())
                .extracting(Object::toString)
                .containsExactly("http://127.0.0.1:8181", "http://127.0.0.1:8182");
        assertThat(two.accounts()).containsExactly("lienmac-clerk", "tuky-noivu");
        assertThat(LoadTest.Options.parse().bases()).hasSize(1);
        assertThatThrownBy(() -> LoadTest.Options.parse("--base", "http://127.0.0.1:8181,http://10.0.0.5:8181"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadTest.Options.parse("--accounts", "admin"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoHundredUsersSpreadEvenlyOverTheTenDemoAccounts() {
        assertThat(LoadTest.spread(200))
                .hasSize(10)
                .allSatisfy((account, n) -> assertThat(n).isEqualTo(20));
    }
}
