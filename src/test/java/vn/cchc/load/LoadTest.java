package vn.cchc.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load test against a running app on loopback: N logged-in users (default 200) for a bounded time over the dashboard,
 * the report pages and PDF downloads. Not a unit test (no timing assertions anywhere); run it by hand.
 *
 * <pre>
 * # 1. build and start the app with a fresh data dir and a 512 MB heap
 * ./mvnw -B -q -DskipTests package
 * rm -rf /tmp/load-data
 * SERVER_PORT=8181 CCHC_DATA_DIR=/tmp/load-data java -Xmx512m -jar target/cchc-report-0.1.0.jar &gt; /tmp/load-app.log 2&gt;&amp;1 &amp;
 * APP_PID=$!
 * until grep -q "Demo history loaded" /tmp/load-app.log; do sleep 2; done; sleep 5
 *
 * # 2. compile the tests and run the harness (15 s warm-up, 60 s measured, 200 users, heap sampled with jstat)
 * ./mvnw -B -q -DskipTests test-compile
 * java -Xmx512m -cp target/test-classes vn.cchc.load.LoadTest \
 *     --base http://127.0.0.1:8181 --users 200 --warmup 15 --duration 60 --pid $APP_PID
 *
 * # 3. stop the app (its shutdown hook stops the embedded PostgreSQL)
 * kill $APP_PID
 * </pre>
 *
 * Options: {@code --base} (only http://127.0.0.1 is accepted; several comma-separated bases spread the users
 * round-robin over app nodes, e.g. {@code --base http://127.0.0.1:8181,http://127.0.0.1:8182}), {@code --accounts}
 * (comma-separated demo accounts, default all ten), {@code --users}, {@code --warmup} and
 * {@code --duration} in seconds, {@code --max-requests} (a hard cap, default 1,000,000), {@code --pdf-percent}
 * (default 10), {@code --pid} (the app's process id: heap used is sampled every second with {@code jstat -gc}),
 * {@code --year} (the reports to use, default 2023), {@code --out} (also write the summary to a file),
 * {@code --think} (mean pause in ms between a user's requests, uniform in [0, 2 × think]; default 0: every user
 * sends its next request as soon as the last one answered, a closed loop at full saturation).
 * All users log in first (at most 90 s), then browse; the whole run stops hard at 90 s + warm-up + duration + 30 s.
 *
 * Each virtual user logs in through the form (GET /login for the session cookie and the hidden {@code _csrf},
 * POST /login, then GET /), then loops: GET / , /reports/{id} and its tabs documents, indicators, dossier,
 * narrative, checks, preview (pages), and /reports/{id}/document.pdf. The report ids come from
 * GET /api/v1/reports?year=... with HTTP Basic, once per account. Only correct passwords are ever sent
 * (five wrong ones lock an account). A request counts as an error if it throws, answers a status other than
 * 200 (a page that redirects to /login has lost its session), or a PDF that does not start with "%PDF".
 */
public final class LoadTest {

    static final List<String> ACCOUNTS = List.of(
            "lienmac-clerk",
            "lienmac-chair",
            "thanhhong-clerk",
            "thanhhong-chair",
            "thanhxa-clerk",
            "camche-clerk",
            "thanhkhe-clerk",
            "thanhha-noivu",
            "tuky-noivu",
            "tanky-clerk");
    static final String PASSWORD = "demo";
    /** The most the logins (BCrypt, one per virtual user) may take before browsing starts anyway. */
    static final int LOGIN_SECONDS = 90;

    static final List<String> TABS =
            List.of("", "/documents", "/indicators", "/dossier", "/narrative", "/checks", "/preview");

    private static final Pattern CSRF_INPUT =
            Pattern.compile("<input\\b[^>]*\\bname=\"_csrf\"[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUE_ATTR = Pattern.compile("\\bvalue=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern JSON_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern SESSION_COOKIE =
            Pattern.compile("^\\s*((?:JSESSIONID|SESSION)=[^;]*)", Pattern.CASE_INSENSITIVE);

    // ---------------------------------------------------------------- options

    record Options(
            List<URI> bases,
            int users,
            int warmupSeconds,
            int durationSeconds,
            long maxRequests,
            int pdfPercent,
            Long pid,
            int year,
            Path out,
            int thinkMillis,
            List<String> accounts) {

        static Options parse(String... args) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --name value pairs, got: " + args[i]);
                }
                map.put(args[i].substring(2), args[++i]);
            }
            List<URI> bases = Arrays.stream(
                            map.getOrDefault("base", "http://127.0.0.1:8181").split(","))
                    .map(String::trim)
                    .map(LoadTest::loopbackOnly)
                    .distinct()
                    .toList();
            List<String> accounts = map.containsKey("accounts")
                    ? Arrays.stream(map.get("accounts").split(","))
                            .map(String::trim)
                            .distinct()
                            .toList()
                    : ACCOUNTS;
            if (!ACCOUNTS.containsAll(accounts) || accounts.isEmpty()) {
                throw new IllegalArgumentException("--accounts must be demo accounts among " + ACCOUNTS);
            }
            Options options = new Options(
                    bases,
                    Integer.parseInt(map.getOrDefault("users", "200")),
                    Integer.parseInt(map.getOrDefault("warmup", "15")),
                    Integer.parseInt(map.getOrDefault("duration", "60")),
                    Long.parseLong(map.getOrDefault("max-requests", "1000000")),
                    Integer.parseInt(map.getOrDefault("pdf-percent", "10")),
                    map.containsKey("pid") ? Long.valueOf(map.get("pid")) : null,
                    Integer.parseInt(map.getOrDefault("year", "2023")),
                    map.containsKey("out") ? Path.of(map.get("out")) : null,
                    Integer.parseInt(map.getOrDefault("think", "0")),
                    accounts);
            if (options.users < 1
                    || options.users > 1000
                    || options.durationSeconds < 1
                    || options.durationSeconds > 600
                    || options.warmupSeconds < 0
                    || options.warmupSeconds > 300
                    || options.pdfPercent < 0
                    || options.pdfPercent > 100
                    || options.maxRequests < 1
                    || options.thinkMillis < 0
                    || options.thinkMillis > 60_000
                    || options.bases.size() > 8) {
                throw new IllegalArgumentException("out of range: " + map);
            }
            return options;
        }
    }

    /** The harness may only hit this machine: http://127.0.0.1[:port], nothing else. */
    static URI loopbackOnly(String base) {
        URI uri = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        if (!"http".equals(uri.getScheme())
                || !"127.0.0.1".equals(uri.getHost())
                || (uri.getPath() != null && !uri.getPath().isEmpty())
                || uri.getUserInfo() != null) {
            throw new IllegalArgumentException("refusing target " + base + ": only http://127.0.0.1[:port] is allowed");
        }
        return uri;
    }

    // ---------------------------------------------------------------- parsing

    /** The value of the hidden {@code _csrf} input of a page, whatever the order of its attributes. */
    static Optional<String> csrfToken(String html) {
        Matcher input = CSRF_INPUT.matcher(html);
        if (!input.find()) {
            return Optional.empty();
        }
        Matcher value = VALUE_ATTR.matcher(input.group());
        return value.find() ? Optional.of(value.group(1)) : Optional.empty();
    }

    /** The ids of the top-level objects of GET /api/v1/reports (the key "id"; "orgUnitId" does not match). */
    static List<Long> reportIds(String json) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher m = JSON_ID.matcher(json);
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return List.copyOf(ids);
    }

    /** "JSESSIONID=abc" from a Set-Cookie header value, if it is the session cookie. */
    static Optional<String> sessionCookie(List<String> setCookieHeaders) {
        Optional<String> found = Optional.empty();
        for (String header : setCookieHeaders) {
            Matcher m = SESSION_COOKIE.matcher(header);
            if (m.find()) {
                found = Optional.of(m.group(1));
            }
        }
        return found;
    }

    /**
     * Heap used in KB from one data line of {@code jstat -gc}: S0U + S1U + EU + OU (columns found by the header).
     */
    static double heapUsedKb(String header, String line) {
        List<String> names = Arrays.asList(header.trim().split("\\s+"));
        String[] values = line.trim().split("\\s+");
        double sum = 0;
        for (String column : List.of("S0U", "S1U", "EU", "OU")) {
            int i = names.indexOf(column);
            if (i < 0 || i >= values.length) {
                throw new IllegalArgumentException("no column " + column + " in: " + header);
            }
            sum += Double.parseDouble(values[i].replace(',', '.'));
        }
        return sum;
    }

    // ---------------------------------------------------------------- statistics

    /** Latencies of one request class, in nanoseconds; thread-safe appends, percentiles by nearest rank. */
    static final class Samples {
        private long[] values = new long[1024];
        private int size;
        private long errors;

        synchronized void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        synchronized void error() {
            errors++;
        }

        synchronized long count() {
            return size;
        }

        synchronized long errors() {
            return errors;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }

    /** Nearest-rank percentile (p in 0..100) of sorted values; 0 for none. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        if (p <= 0) {
            return sorted[0];
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1_000_000.0);
    }

    // ---------------------------------------------------------------- the run

    private final Options options;
    private final HttpClient http;
    private final Samples pages = new Samples();
    private final Samples pdfs = new Samples();
    private final Samples logins = new Samples();
    private final Map<String, Samples> perPath = new ConcurrentHashMap<>();
    private final Map<URI, Samples> perNode = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final CountDownLatch go = new CountDownLatch(1);
    private Duration appCpuAtStart;
    private Duration appCpuAtEnd;
    private volatile long measureFrom;
    private volatile long measureTo;

    private LoadTest(Options options) {
        this.options = options;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        // logins get at most LOGIN_SECONDS, then warm-up and the measured run, then 30 s of grace
        long hardStopMillis = (LOGIN_SECONDS + options.warmupSeconds + options.durationSeconds + 30) * 1000L;
        Thread watchdog = new Thread(
                () -> {
                    try {
                        Thread.sleep(hardStopMillis);
                        System.err.println("hard stop after " + hardStopMillis / 1000 + " s");
                        Runtime.getRuntime().halt(2);
                    } catch (InterruptedException done) {
                        // finished in time
                    }
                },
                "hard-stop");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            new LoadTest(options).run();
        } finally {
            watchdog.interrupt();
        }
        System.exit(0);
    }

    /**
     * What a run counted, for a caller in the same JVM (the two-node test): requests and errors of the measured
     * window (pages and PDFs), failed login attempts (retried), requests answered per node, and the printed summary.
     */
    public record Result(long requests, long errors, long loginErrors, Map<URI, Long> requestsByNode, String summary) {}

    /**
     * Runs the harness in this JVM with the same options as {@link #main} (no hard-stop watchdog, no exit): for
     * short functional runs such as the two-node test. The caller bounds it with small --users/--duration.
     */
    public static Result run(String... args) throws Exception {
        return new LoadTest(Options.parse(args)).run();
    }

    private Result run() throws Exception {
        System.out.printf(
                Locale.ROOT,
                "target %s, %d users, warm-up %d s, measured %d s, %d %% PDF, think %d ms%n",
                options.bases,
                options.users,
                options.warmupSeconds,
                options.durationSeconds,
                options.pdfPercent,
                options.thinkMillis);
        Map<String, List<Long>> reportsByAccount = new LinkedHashMap<>();
        for (String account : options.accounts) {
            List<Long> ids = discoverReports(account);
            if (ids.isEmpty()) {
                throw new IllegalStateException(account + " sees no report of " + options.year);
            }
            reportsByAccount.put(account, ids);
        }
        System.out.println("reports per account: " + reportsByAccount);

        HeapSampler heap = options.pid == null ? null : new HeapSampler(options.pid);
        LoadSampler load = new LoadSampler();
        ExecutorService users = Executors.newFixedThreadPool(options.users);
        CountDownLatch loggedIn = new CountDownLatch(options.users);
        long start = System.nanoTime();
        measureFrom = Long.MAX_VALUE; // nothing counts until every user has logged in and warmed up
        measureTo = Long.MAX_VALUE;
        for (int i = 0; i < options.users; i++) {
            String account = options.accounts.get(i % options.accounts.size());
            List<Long> ids = reportsByAccount.get(account);
            // round-robin over the nodes; a user logs in and browses on its node (the session would be valid on
            // any node: sessions live in PostgreSQL)
            URI base = options.bases.get(i % options.bases.size());
            users.submit(() -> virtualUser(base, account, ids, loggedIn));
        }
        loggedIn.await(LOGIN_SECONDS, TimeUnit.SECONDS);
        long loggedInAt = System.nanoTime();
        go.countDown();
        System.out.printf(
                Locale.ROOT,
                "logged in after %.1f s: %d of %d users%n",
                (loggedInAt - start) / 1e9,
                options.users - loggedIn.getCount(),
                options.users);
        measureTo = loggedInAt + TimeUnit.SECONDS.toNanos(options.warmupSeconds + options.durationSeconds);
        measureFrom = loggedInAt + TimeUnit.SECONDS.toNanos(options.warmupSeconds);
        if (heap != null) {
            heap.start();
        }
        load.start();
        long now;
        while ((now = System.nanoTime()) < measureTo && !stop.get()) {
            if (now >= measureFrom && !load.measuring) {
                appCpuAtStart = appCpu();
                if (heap != null) {
                    heap.measuring = true;
                }
                load.measuring = true;
            }
            Thread.sleep(100);
        }
        appCpuAtEnd = appCpu();
        stop.set(true);
        users.shutdown();
        if (!users.awaitTermination(20, TimeUnit.SECONDS)) {
            users.shutdownNow();
        }
        load.interrupt();
        if (heap != null) {
            heap.close();
        }
        String summary = summary(heap, load, System.nanoTime() - start);
        System.out.println(summary);
        if (options.out != null) {
            Files.writeString(options.out, summary);
        }
        Map<URI, Long> byNode = new LinkedHashMap<>();
        options.bases.forEach(
                b -> byNode.put(b, perNode.containsKey(b) ? perNode.get(b).count() : 0L));
        return new Result(
                pages.count() + pdfs.count(), pages.errors() + pdfs.errors(), logins.errors(), byNode, summary);
    }

    /** CPU time (user + system) the app's process has used so far, if --pid was given and the OS tells. */
    private Duration appCpu() {
        if (options.pid == null) {
            return null;
        }
        return ProcessHandle.of(options.pid)
                .flatMap(p -> p.info().totalCpuDuration())
                .orElse(null);
    }

    private List<Long> discoverReports(String account) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((account + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(options.bases.get(0).resolve("/api/v1/reports?year=" + options.year))
                        .header("Authorization", "Basic " + basic)
                        .header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/v1/reports as " + account + ": " + response.statusCode());
        }
        return reportIds(response.body());
    }

    private void virtualUser(URI base, String account, List<Long> reportIds, CountDownLatch loggedIn) {
        String cookie = null;
        try {
            while (cookie == null && !stop.get()) {
                cookie = login(base, account);
            }
        } finally {
            loggedIn.countDown();
        }
        try {
            go.await(); // everybody starts browsing together, after the last login
        } catch (InterruptedException e) {
            return;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (!stop.get()) {
            if (requests.incrementAndGet() > options.maxRequests) {
                System.err.println("max request count reached");
                stop.set(true);
                break;
            }
            long id = reportIds.get(random.nextInt(reportIds.size()));
            boolean pdf = random.nextInt(100) < options.pdfPercent;
            String path;
            String key;
            if (pdf) {
                path = "/reports/" + id + "/document.pdf";
                key = "/reports/{id}/document.pdf";
            } else {
                int pick = random.nextInt(TABS.size() + 1);
                if (pick == TABS.size()) {
                    path = "/";
                    key = "/";
                } else {
                    path = "/reports/" + id + TABS.get(pick);
                    key = "/reports/{id}" + TABS.get(pick);
                }
            }
            get(base, path, key, cookie, pdf);
            if (options.thinkMillis > 0) {
                sleepQuietly(random.nextLong(2L * options.thinkMillis + 1));
            }
        }
    }

    /** Logs in through the form; returns the session cookie, or null (counted as a login error) to retry. */
    private String login(URI base, String account) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> form =
                    http.send(request(base, "/login", null).GET().build(), HttpResponse.BodyHandlers.ofString());
            String cookie =
                    sessionCookie(form.headers().allValues("set-cookie")).orElse(null);
            String csrf = csrfToken(form.body()).orElseThrow(() -> new IOException("no _csrf on /login"));
            String body = "username=" + enc(account) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf);
            HttpResponse<Void> post = http.send(
                    request(base, "/login", cookie)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            String location = post.headers().firstValue("location").orElse("");
            if (post.statusCode() != 302 || location.contains("error")) {
                throw new IOException("login of " + account + " answered " + post.statusCode() + " " + location);
            }
            cookie = sessionCookie(post.headers().allValues("set-cookie")).orElse(cookie);
            HttpResponse<String> home =
                    http.send(request(base, "/", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (home.statusCode() != 200) {
                throw new IOException("GET / after login answered " + home.statusCode());
            }
            logins.add(System.nanoTime() - t0);
            return cookie;
        } catch (IOException | RuntimeException e) {
            logins.error();
            errorKinds
                    .computeIfAbsent("login: " + e.getMessage(), k -> new AtomicLong())
                    .incrementAndGet();
            sleepQuietly(1000);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
            return null;
        }
    }

    private void get(URI base, String path, String key, String cookie, boolean pdf) {
        long t0 = System.nanoTime();
        String failure = null;
        try {
            HttpResponse<byte[]> response =
                    http.send(request(base, path, cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            if (response.statusCode() != 200) {
                failure = response.statusCode() + " "
                        + response.headers().firstValue("location").orElse("");
            } else if (pdf
                    && (body.length < 4 || body[0] != '%' || body[1] != 'P' || body[2] != 'D' || body[3] != 'F')) {
                failure = "not a PDF";
            }
        } catch (IOException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
            return;
        }
        long t1 = System.nanoTime();
        if (t0 < measureFrom || t0 >= measureTo) {
            return;
        }
        Samples samples = pdf ? pdfs : pages;
        Samples byPath = perPath.computeIfAbsent(key, k -> new Samples());
        Samples byNode = perNode.computeIfAbsent(base, k -> new Samples());
        if (failure == null) {
            samples.add(t1 - t0);
            byPath.add(t1 - t0);
            byNode.add(t1 - t0);
        } else {
            samples.error();
            byPath.error();
            byNode.error();
            errorKinds
                    .computeIfAbsent(key + ": " + failure, k -> new AtomicLong())
                    .incrementAndGet();
        }
    }

    private HttpRequest.Builder request(URI base, String path, String cookie) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String summary(HeapSampler heap, LoadSampler load, long totalNanos) {
        StringBuilder out = new StringBuilder();
        double seconds = options.durationSeconds;
        out.append(String.format(
                Locale.ROOT,
                "%s, %d users, think %d ms, %d s measured after %d s warm-up (run %.1f s), %s%n",
                Instant.now(),
                options.users,
                options.thinkMillis,
                options.durationSeconds,
                options.warmupSeconds,
                totalNanos / 1e9,
                Runtime.version()));
        out.append(String.format(
                Locale.ROOT,
                "logins: %d ok, %d failed; login+home p50 %s ms, max %s ms%n",
                logins.count(),
                logins.errors(),
                ms(percentile(logins.sorted(), 50)),
                ms(percentile(logins.sorted(), 100))));
        out.append("| class | requests | errors | req/s | p50 ms | p90 ms | p99 ms | max ms |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        row(out, "pages", pages, seconds);
        row(out, "PDF", pdfs, seconds);
        perPath.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> row(out, "`" + e.getKey() + "`", e.getValue(), seconds));
        if (options.bases.size() > 1) {
            options.bases.forEach(b -> row(out, "node " + b, perNode.getOrDefault(b, new Samples()), seconds));
        }
        if (!errorKinds.isEmpty()) {
            out.append("errors by kind:\n");
            errorKinds.forEach((kind, n) ->
                    out.append("  ").append(n.get()).append(" × ").append(kind).append('\n'));
        }
        if (heap != null) {
            out.append(String.format(
                    Locale.ROOT,
                    "app heap used (jstat -gc, S0U+S1U+EU+OU, every 1 s while measuring): max %.1f MB, "
                            + "min %.1f MB, %d samples; heap capacity max %.1f MB%n",
                    heap.maxUsedKb / 1024,
                    heap.minUsedKb / 1024,
                    heap.samples,
                    heap.maxCapacityKb / 1024));
        }
        if (appCpuAtStart != null && appCpuAtEnd != null) {
            double cpuSeconds = appCpuAtEnd.minus(appCpuAtStart).toMillis() / 1000.0;
            long done = pages.count() + pdfs.count() + pages.errors() + pdfs.errors();
            out.append(String.format(
                    Locale.ROOT,
                    "app CPU while measuring: %.1f s of %d s x %d cores (%.0f %%), %.1f ms CPU per request%n",
                    cpuSeconds,
                    options.durationSeconds,
                    Runtime.getRuntime().availableProcessors(),
                    100
                            * cpuSeconds
                            / (options.durationSeconds * Runtime.getRuntime().availableProcessors()),
                    done == 0 ? 0 : 1000 * cpuSeconds / done));
        }
        out.append(String.format(
                Locale.ROOT,
                "load average while measuring (1 min): min %.2f, max %.2f, at end %s%n",
                load.min,
                load.max,
                load.last));
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Samples s, double seconds) {
        long[] sorted = s.sorted();
        out.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.1f | %s | %s | %s | %s |%n",
                name,
                s.count(),
                s.errors(),
                (s.count() + s.errors()) / seconds,
                ms(percentile(sorted, 50)),
                ms(percentile(sorted, 90)),
                ms(percentile(sorted, 99)),
                ms(percentile(sorted, 100))));
    }

    /** Runs {@code jstat -gc <pid> 1000} and keeps the largest heap used while measuring. */
    private static final class HeapSampler implements AutoCloseable {
        private final long pid;
        private Process process;
        private Thread reader;
        volatile boolean measuring;
        volatile double maxUsedKb;
        volatile double minUsedKb = Double.MAX_VALUE;
        volatile double maxCapacityKb;
        volatile int samples;

        HeapSampler(long pid) {
            this.pid = pid;
        }

        void start() throws IOException {
            process = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "1000")
                    .redirectErrorStream(true)
                    .start();
            reader = new Thread(
                    () -> {
                        try (BufferedReader in = new BufferedReader(
                                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                            String header = null;
                            String line;
                            while ((line = in.readLine()) != null) {
                                if (line.trim().startsWith("S0C")) {
                                    header = line;
                                    continue;
                                }
                                if (header == null || !measuring) {
                                    continue;
                                }
                                try {
                                    double used = heapUsedKb(header, line);
                                    List<String> names =
                                            Arrays.asList(header.trim().split("\\s+"));
                                    String[] v = line.trim().split("\\s+");
                                    double capacity = 0;
                                    for (String c : List.of("S0C", "S1C", "EC", "OC")) {
                                        capacity += Double.parseDouble(v[names.indexOf(c)]);
                                    }
                                    maxUsedKb = Math.max(maxUsedKb, used);
                                    minUsedKb = Math.min(minUsedKb, used);
                                    maxCapacityKb = Math.max(maxCapacityKb, capacity);
                                    samples++;
                                } catch (RuntimeException ignored) {
                                    // a line jstat printed that is not a sample
                                }
                            }
                        } catch (IOException ignored) {
                            // jstat ended
                        }
                    },
                    "jstat-reader");
            reader.setDaemon(true);
            reader.start();
        }

        @Override
        public void close() throws InterruptedException {
            if (process != null) {
                process.destroy();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    /** Samples /proc/loadavg every second. */
    private static final class LoadSampler extends Thread {
        volatile boolean measuring;
        volatile double min = Double.MAX_VALUE;
        volatile double max;
        volatile String last = "n/a";

        LoadSampler() {
            super("loadavg");
            setDaemon(true);
        }

        @Override
        public void run() {
            Path loadavg = Path.of("/proc/loadavg");
            while (!isInterrupted()) {
                try {
                    if (Files.exists(loadavg)) {
                        String[] parts = Files.readString(loadavg).trim().split("\\s+");
                        last = parts[0] + " " + parts[1] + " " + parts[2];
                        if (measuring) {
                            double one = Double.parseDouble(parts[0]);
                            min = Math.min(min, one);
                            max = Math.max(max, one);
                        }
                    }
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException | RuntimeException ignored) {
                    // no load average on this system
                }
            }
        }
    }

    /** For tests: the accounts spread over N users, as the run assigns them. */
    static Map<String, Integer> spread(int users) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < users; i++) {
            counts.merge(ACCOUNTS.get(i % ACCOUNTS.size()), 1, Integer::sum);
        }
        return counts;
    }
}
