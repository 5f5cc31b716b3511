package vn.cchc.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.CookieSession;
import vn.cchc.IntegrationTest;

/**
 * Benchmark harness (skipped unless {@code -Dcchc.benchmark=true}):
 * <pre>./mvnw -B -o test -Dtest=PageCostBenchmark -Dcchc.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * The load harness's mix (the dashboard, a report's overview and six tabs, 10 % PDF downloads) over the ten demo
 * accounts, each signed in through the form, so every request also reads its session from PostgreSQL and passes the
 * whole filter chain; one thread, in-process (MockMvc), the real embedded database. CPU time of the calling thread
 * per request (robust to the load of a shared machine, unlike wall time; JIT and GC threads are not counted), after
 * a warm-up. Meanwhile a sampler takes the thread's stack every 5 ms: where the CPU goes, by the innermost frame of
 * our code and by the library of the top frame. Writes {@code target/benchmarks/page-cost.md}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "cchc.benchmark", matches = "true")
class PageCostBenchmark {

    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void pageCostOnTheLoadMix() throws Exception {
        Map<String, CookieSession> sessions = new LinkedHashMap<>();
        Map<String, List<Long>> reports = new LinkedHashMap<>();
        for (String account : LoadTest.ACCOUNTS) {
            CookieSession session = new CookieSession(mvc);
            MockHttpServletResponse login = session.perform(post("/login")
                    .param("username", account)
                    .param("password", LoadTest.PASSWORD)
                    .with(csrf()));
            assertThat(login.getStatus()).isEqualTo(302);
            assertThat(login.getRedirectedUrl()).doesNotContain("error");
            sessions.put(account, session);
            String json = mvc.perform(get("/api/v1/reports?year=2023").with(user(users.loadUserByUsername(account))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            reports.put(account, LoadTest.reportIds(json));
            assertThat(reports.get(account)).as(account).isNotEmpty();
        }
        Random random = new Random(17);
        int warmup = Integer.getInteger("cchc.benchmark.warmup", 400);
        int measured = Integer.getInteger("cchc.benchmark.requests", 600);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (int i = 0; i < warmup; i++) {
            request(sessions, reports, random, null);
        }
        Map<String, List<Long>> cpu = new TreeMap<>();
        Sampler sampler = new Sampler(Thread.currentThread());
        sampler.start();
        long wall0 = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            request(sessions, reports, random, cpu);
        }
        long wall = System.nanoTime() - wall0;
        sampler.stop = true;
        sampler.join();
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        StringBuilder out = new StringBuilder();
        List<Long> pages = new ArrayList<>();
        cpu.forEach((k, v) -> {
            if (!k.endsWith(".pdf")) pages.addAll(v);
        });
        List<Long> all = cpu.values().stream().flatMap(List::stream).toList();
        out.append(String.format(
                Locale.ROOT,
                "%d requests after %d of warm-up, one thread, wall %.1f s; "
                        + "load average (1 min) before %.2f, after %.2f; %d cores%n%n",
                measured,
                warmup,
                wall / 1e9,
                loadBefore,
                loadAfter,
                Runtime.getRuntime().availableProcessors()));
        out.append("| request | n | CPU mean ms | CPU median ms | CPU p90 ms |\n|---|---:|---:|---:|---:|\n");
        row(out, "**pages**", pages);
        row(out, "all requests", all);
        cpu.forEach((k, v) -> row(out, "`" + k + "`", v));
        out.append(
                String.format(Locale.ROOT, "%nstack samples (every 5 ms while RUNNABLE): %d%n", sampler.samples.get()));
        top(out, "innermost frame of our code (vn.cchc)", sampler.ours, sampler.samples.get(), 25);
        top(out, "library of the top frame", sampler.library, sampler.samples.get(), 15);
        top(out, "frames on the stack (inclusive, selected)", sampler.marked, sampler.samples.get(), 30);
        System.out.println(out);
        Path file = Path.of("target/benchmarks/page-cost.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    private static final String ONLY = System.getProperty("cchc.benchmark.only");

    private void request(
            Map<String, CookieSession> sessions,
            Map<String, List<Long>> reports,
            Random random,
            Map<String, List<Long>> cpu)
            throws Exception {
        String account = LoadTest.ACCOUNTS.get(random.nextInt(LoadTest.ACCOUNTS.size()));
        List<Long> ids = reports.get(account);
        long id = ids.get(random.nextInt(ids.size()));
        String path;
        String key;
        if (ONLY != null) { // one tab only (-Dcchc.benchmark.only=/indicators), to profile that page alone
            path = "/reports/" + id + ONLY;
            key = "/reports/{id}" + ONLY;
        } else if (random.nextInt(100) < 10) {
            path = "/reports/" + id + "/document.pdf";
            key = "/reports/{id}/document.pdf";
        } else {
            int pick = random.nextInt(LoadTest.TABS.size() + 1);
            path = pick == LoadTest.TABS.size() ? "/" : "/reports/" + id + LoadTest.TABS.get(pick);
            key = pick == LoadTest.TABS.size() ? "/" : "/reports/{id}" + LoadTest.TABS.get(pick);
        }
        long c0 = THREADS.getCurrentThreadCpuTime();
        MockHttpServletResponse response = sessions.get(account).perform(get(path));
        long spent = THREADS.getCurrentThreadCpuTime() - c0;
        assertThat(response.getStatus()).as(account + " " + path).isEqualTo(200);
        if (cpu != null) cpu.computeIfAbsent(key, k -> new ArrayList<>()).add(spent);
    }

    private static void row(StringBuilder out, String name, List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0);
        out.append(String.format(
                Locale.ROOT,
                "| %s | %d | %.2f | %.2f | %.2f |%n",
                name,
                sorted.size(),
                mean / 1e6,
                pct(sorted, 50) / 1e6,
                pct(sorted, 90) / 1e6));
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty()
                ? 0
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static void top(StringBuilder out, String title, Map<String, AtomicLong> counts, long total, int n) {
        out.append("\n").append(title).append(":\n");
        counts.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()))
                .limit(n)
                .forEach(e -> out.append(String.format(
                        Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * e.getValue().get() / Math.max(1, total), e.getKey())));
    }

    /** A poor man's sampling profiler of one thread (no agent, no JFR file to read back). */
    private static final class Sampler extends Thread {
        /** Frames worth counting inclusively: where a request's time goes, layer by layer. */
        private static final List<String> MARKS = List.of(
                "org.thymeleaf.TemplateEngine.process",
                "org.thymeleaf.spring6.view.ThymeleafView.render",
                "org.springframework.session.jdbc.JdbcIndexedSessionRepository.findById",
                "org.springframework.session.jdbc.JdbcIndexedSessionRepository.save",
                "org.springframework.session.web.http.SessionRepositoryFilter",
                "org.springframework.security.web.FilterChainProxy.doFilter",
                "org.springframework.context.support.AbstractMessageSource.getMessage",
                "org.hibernate.",
                "org.postgresql.",
                "com.zaxxer.hikari.",
                "org.apache.pdfbox.",
                "java.io.ObjectInputStream.readObject",
                "java.io.ObjectOutputStream.writeObject",
                "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.handle",
                "org.springframework.web.servlet.DispatcherServlet.render");

        private final Thread target;
        volatile boolean stop;
        final AtomicLong samples = new AtomicLong();
        final Map<String, AtomicLong> ours = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> library = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> marked = new ConcurrentHashMap<>();

        Sampler(Thread target) {
            super("page-cost-sampler");
            this.target = target;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!stop) {
                StackTraceElement[] stack = target.getStackTrace();
                if (target.getState() == State.RUNNABLE && stack.length > 0) {
                    samples.incrementAndGet();
                    String top = stack[0].getClassName();
                    String[] parts = top.split("\\.");
                    library.computeIfAbsent(
                                    parts.length > 2 ? parts[0] + "." + parts[1] + "." + parts[2] : top,
                                    k -> new AtomicLong())
                            .incrementAndGet();
                    for (StackTraceElement f : stack) {
                        if (f.getClassName().startsWith("vn.cchc.")
                                && !f.getClassName().startsWith("vn.cchc.load.")
                                && !f.getClassName().equals("vn.cchc.CookieSession")) {
                            ours.computeIfAbsent(f.getClassName() + "." + f.getMethodName(), k -> new AtomicLong())
                                    .incrementAndGet();
                            break;
                        }
                    }
                    Set<String> seen = new HashSet<>();
                    for (StackTraceElement f : stack) {
                        String frame = f.getClassName() + "." + f.getMethodName();
                        for (String mark : MARKS) {
                            if (frame.startsWith(mark) && seen.add(mark)) {
                                marked.computeIfAbsent(mark, k -> new AtomicLong())
                                        .incrementAndGet();
                            }
                        }
                        if (f.getClassName().startsWith("vn.cchc.")
                                && !f.getClassName().startsWith("vn.cchc.load.")
                                && !f.getClassName().equals("vn.cchc.CookieSession")) {
                            String name = "[ours, inclusive] "
                                    + f.getClassName().replaceFirst("^vn\\.cchc\\.", "") + "." + f.getMethodName();
                            if (seen.add(name))
                                marked.computeIfAbsent(name, k -> new AtomicLong())
                                        .incrementAndGet();
                        }
                    }
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
