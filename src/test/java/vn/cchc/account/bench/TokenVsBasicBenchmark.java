package vn.cchc.account.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.IntegrationTest;
import vn.cchc.account.Accounts;
import vn.cchc.account.ApiTokens;

/**
 * Benchmark harness (not part of the normal build; enabled with {@code -Dcchc.benchmark=true}):
 * <pre>./mvnw -B -o test -Dtest=TokenVsBasicBenchmark -Dcchc.benchmark=true</pre>
 * The same API call ({@code GET /api/v1/reports?year=2023} as Liên Mạc's clerk, through the whole security filter
 * chain and the real database) with HTTP Basic (BCrypt every call) and with a Bearer token (HMAC-SHA256 + one
 * indexed read), alternating in rounds so that both see the same machine load; 30 warm-up calls each, then
 * {@code rounds × 20} calls each. Reports wall time and the calling thread's CPU per call (median, p90), the ratio,
 * and the load average before and after. Writes {@code target/benchmarks/tokens.md}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "cchc.benchmark", matches = "true")
class TokenVsBasicBenchmark {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Accounts accounts;

    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void tokenVersusBasic() throws Exception {
        long clerk = accounts.byUsername("lienmac-clerk").orElseThrow().getId();
        String token =
                tokens.create(clerk, "benchmark " + System.nanoTime(), null).token();
        MockHttpServletRequestBuilder basic = get("/api/v1/reports?year=2023").with(httpBasic("lienmac-clerk", "demo"));
        MockHttpServletRequestBuilder bearer =
                get("/api/v1/reports?year=2023").header("Authorization", "Bearer " + token);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        run(basic, 30, new ArrayList<>(), new ArrayList<>());
        run(bearer, 30, new ArrayList<>(), new ArrayList<>());
        int rounds = Integer.getInteger("cchc.benchmark.rounds", 10);
        List<Long> basicWall = new ArrayList<>(),
                basicCpu = new ArrayList<>(),
                tokenWall = new ArrayList<>(),
                tokenCpu = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            run(basic, 20, basicWall, basicCpu);
            run(bearer, 20, tokenWall, tokenCpu);
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String table = String.format(
                Locale.ROOT,
                """
                | call (%d each, alternating rounds) | wall median ms | wall p90 ms | CPU median ms | CPU p90 ms |
                |---|---|---|---|---|
                | HTTP Basic (BCrypt) | %.2f | %.2f | %.2f | %.2f |
                | Bearer token (HMAC) | %.2f | %.2f | %.2f | %.2f |
                | ratio Basic / token | %.1f× | | %.1f× | |

                load average (1 min) before %.2f, after %.2f; %d cores
                """,
                basicWall.size(),
                ms(pct(basicWall, 50)),
                ms(pct(basicWall, 90)),
                ms(pct(basicCpu, 50)),
                ms(pct(basicCpu, 90)),
                ms(pct(tokenWall, 50)),
                ms(pct(tokenWall, 90)),
                ms(pct(tokenCpu, 50)),
                ms(pct(tokenCpu, 90)),
                (double) pct(basicWall, 50) / pct(tokenWall, 50),
                (double) pct(basicCpu, 50) / Math.max(1, pct(tokenCpu, 50)),
                loadBefore,
                loadAfter,
                Runtime.getRuntime().availableProcessors());
        System.out.println(table);
        Path out = Path.of("target/benchmarks/tokens.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        assertThat(pct(tokenCpu, 50)).isLessThan(pct(basicCpu, 50));
    }

    private void run(MockHttpServletRequestBuilder request, int n, List<Long> wall, List<Long> cpu) throws Exception {
        for (int i = 0; i < n; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            wall.add(System.nanoTime() - t0);
            cpu.add(THREADS.getCurrentThreadCpuTime() - c0);
            if (status != 200) throw new IllegalStateException("status " + status);
        }
    }

    private static long pct(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
