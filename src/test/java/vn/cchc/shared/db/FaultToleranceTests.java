package vn.cchc.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.StartsApps;

/**
 * Faults against the app as it runs in production (child JVM, persistent embedded PostgreSQL with fsync on):
 * kill -9 in the middle of concurrent saves and imports, and PostgreSQL stopped and started under the running
 * app. Figures are printed as "FAULTS ..." lines; docs/faults.md records a measured run.
 */
@StartsApps
class FaultToleranceTests {

    private static final Path DATA = Path.of("target", "fault-data").toAbsolutePath();
    private static final Path PG_DIR = DATA.resolve("pg");
    private static final String USER = "thanhhong-clerk";
    private static final String IMPORT_USER = "lienmac-clerk";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ROWS = 3;
    private static final Pattern LABEL = Pattern.compile("(run|imp)-(\\d+)-(\\d+)");

    private static AppProcess app;
    private static int starts;
    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void freshDataDirectory() throws IOException {
        AppProcess.stopPostmaster(PG_DIR); // left by an aborted earlier run
        if (Files.exists(DATA)) {
            try (var walk = Files.walk(DATA)) {
                walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(DATA);
    }

    @AfterAll
    static void stopEverything() throws InterruptedException {
        if (app != null) app.stop();
        AppProcess.stopPostmaster(PG_DIR);
    }

    private static AppProcess running() throws Exception {
        if (app == null || !app.process.isAlive()) {
            long t0 = System.nanoTime();
            app = AppProcess.start(DATA, DATA.resolve("app-" + (++starts) + ".log"));
            // the demo data is loaded after the server listens: wait for readiness (a save to a report before its
            // demo records are in makes the loader fail; see docs/faults.md)
            long deadline = System.currentTimeMillis() + 90_000;
            int status = 0;
            while (System.currentTimeMillis() < deadline && status != 200) {
                status = send(HttpRequest.newBuilder(uri(app, "/actuator/health/readiness"))
                                .GET()
                                .build())
                        .statusCode();
                if (status == 200)
                    status = send(api(app, "/api/v1/reports?year=2023").GET().build())
                            .statusCode();
                if (status != 200) Thread.sleep(250);
            }
            assertThat(status).as("API ready after start; see " + app.log).isEqualTo(200);
            System.out.println("FAULTS app start " + starts + ": " + app.startup.toMillis() + " ms to listen, "
                    + (System.nanoTime() - t0) / 1_000_000 + " ms until ready");
        }
        return app;
    }

    // ---------------------------------------------------------------- kill -9

    @Test
    void killDuringConcurrentSavesAndImportsLosesNoAcknowledgedSaveAndLeavesNoHalfSave() throws Exception {
        AppProcess first = running();
        long reportId = editableReport(first);
        long v0 = version(first, reportId);
        long importReportId = editableReport(first, IMPORT_USER); // imports on their own report: no version race
        long iv0 = version(first, importReportId, IMPORT_USER);
        long auditStart = scalar(first, "select coalesce(max(id), 0) from audit_entry");

        AtomicInteger counter = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        List<long[]> ackedPuts = Collections.synchronizedList(new ArrayList<>()); // {n, version}
        List<Long> ackedImports = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger importRefusals = new AtomicInteger();
        Session importSession = Session.login(first, IMPORT_USER); // before the load: a busy machine timed it out
        ExecutorService pool = Executors.newFixedThreadPool(6);
        for (int w = 0; w < 5; w++) {
            pool.submit(() -> {
                long known = v0;
                while (!stop.get()) {
                    long n = counter.incrementAndGet();
                    try {
                        HttpResponse<String> r = send(api(first, "/api/v1/reports/" + reportId + "/dossier-statistics")
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(body(known, n)))
                                .build());
                        if (r.statusCode() == 200) {
                            long v = JSON.readTree(r.body()).get("version").asLong();
                            ackedPuts.add(new long[] {n, v});
                            known = v;
                        } else if (r.statusCode() == 409) {
                            conflicts.incrementAndGet();
                            known = version(first, reportId);
                        } else {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet(); // the app is gone
                    }
                }
                return null;
            });
        }
        Future<?> importer = pool.submit(
                () -> { // the page's import: session and CSRF
                    Session session = importSession;
                    long known = iv0;
                    while (!stop.get()) {
                        long n = counter.incrementAndGet();
                        try {
                            if (session.importXlsx(importReportId, known, xlsx(n))) {
                                ackedImports.add(n);
                                known++;
                            } else {
                                importRefusals.incrementAndGet();
                                known = version(first, importReportId, IMPORT_USER);
                            }
                        } catch (Exception e) {
                            if (first.process.isAlive()) throw e;
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                });
        // enough load to kill into: 15 saves and 3 imports, or after 30 s whatever came (at least 5 and 1, 60 s)
        long start = System.currentTimeMillis();
        while (true) {
            long elapsed = System.currentTimeMillis() - start;
            boolean target = ackedPuts.size() >= 15 && ackedImports.size() >= 3;
            boolean minimum = ackedPuts.size() >= 5 && !ackedImports.isEmpty();
            if (target || (elapsed > 30_000 && minimum) || elapsed > 120_000) break; // a busy machine: imports are slow
            Thread.sleep(50);
        }
        first.kill(); // saves still in flight
        Thread.sleep(300);
        stop.set(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        boolean orphan = AppProcess.postmaster(PG_DIR).isPresent();
        System.out.printf(
                "FAULTS kill: %d PUTs and %d imports acknowledged before kill -9, %d conflicts, %d failed/in"
                        + " flight, %d imports refused; postmaster left running: %s%n",
                ackedPuts.size(), ackedImports.size(), conflicts.get(), failures.get(), importRefusals.get(), orphan);
        assertThat(ackedPuts).hasSizeGreaterThanOrEqualTo(5);
        try {
            importer.get();
        } catch (ExecutionException e) {
            if (ackedImports.isEmpty()) throw new AssertionError("import loop failed", e.getCause());
        }
        assertThat(ackedImports).isNotEmpty();

        AppProcess second = running(); // same data directory: stops the orphan, recovers from the WAL
        assertThat(second).isNotSameAs(first);
        long stored = scalar(second, "select version from dossier_statistics where report_id = " + reportId);
        long maxAcked = ackedPuts.stream().mapToLong(a -> a[1]).max().orElseThrow();
        assertThat(stored).isGreaterThanOrEqualTo(maxAcked);

        // the stored rows are one complete saved state
        List<String> labels =
                strings(second, "select label from dossier_row where report_id = " + reportId + " order by position");
        String state = consistentState(labels);
        List<List<Integer>> figures = figures(second, reportId);
        long n = Long.parseLong(state.substring(4));
        for (int k = 1; k <= ROWS; k++) assertThat(figures.get(k - 1)).isEqualTo(row(n, k));
        if (stored == maxAcked) {
            long ackedN =
                    ackedPuts.stream().filter(a -> a[1] == maxAcked).findFirst().orElseThrow()[0];
            assertThat(state).isEqualTo("run-" + ackedN);
        }

        // the audit trail: exactly one entry per committed change, each a complete state, the last one the stored
        List<String> auditedStates = auditedStates(second, reportId, auditStart);
        assertThat(auditedStates).hasSize((int) (stored - v0));
        assertThat(auditedStates.get(auditedStates.size() - 1)).isEqualTo(state);
        for (long[] a : ackedPuts) assertThat(auditedStates).contains("run-" + a[0]);

        // the imported report likewise: every acknowledged import is in, the stored rows are one import's
        long importStored =
                scalar(second, "select version from dossier_statistics where report_id = " + importReportId);
        assertThat(importStored).isGreaterThanOrEqualTo(iv0 + ackedImports.size());
        String importState = consistentState(strings(
                second, "select label from dossier_row where report_id = " + importReportId + " order by position"));
        List<List<Integer>> importFigures = figures(second, importReportId);
        long in = Long.parseLong(importState.substring(4));
        for (int k = 1; k <= ROWS; k++) assertThat(importFigures.get(k - 1)).isEqualTo(row(in, k));
        List<String> importAudit = auditedStates(second, importReportId, auditStart);
        assertThat(importAudit).hasSize((int) (importStored - iv0));
        assertThat(importAudit.get(importAudit.size() - 1)).isEqualTo(importState);
        for (long i : ackedImports) assertThat(importAudit).contains("imp-" + i);
        System.out.printf(
                "FAULTS kill: stored version %d (highest acknowledged %d, %d committed without an answer);"
                        + " restart after kill -9: %d ms%n",
                stored, maxAcked, stored - v0 - ackedPuts.size(), second.startup.toMillis());

        // and the app works on: another save succeeds
        assertThat(send(api(second, "/api/v1/reports/" + reportId + "/dossier-statistics")
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(body(stored, 99_999)))
                                .build())
                        .statusCode())
                .isEqualTo(200);
    }

    // ---------------------------------------------------------------- PostgreSQL dies under the running app

    /**
     * The supervisor brings the embedded server back by itself: kill -9 under load, SIGTERM (smart shutdown, which
     * would otherwise wait for every pooled connection) and SIGINT, while clients under load see only 503 (never a
     * 500) in between. Target: served again within 15 s of the server dying.
     */
    @Test
    void postmasterDyingUnderTheRunningAppIsRestartedUnaidedWithinTarget() throws Exception {
        AppProcess a = running();
        long reportId = editableReport(a);
        String path = "/api/v1/reports/" + reportId + "/dossier-statistics";
        Session session = Session.login(a, USER);
        assertThat(send(api(a, path).GET().build()).statusCode()).isEqualTo(200);

        // 1. kill -9 while three clients read and write
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger ok = new AtomicInteger();
        List<Integer> otherStatuses = Collections.synchronizedList(new ArrayList<>());
        ExecutorService load = Executors.newFixedThreadPool(3);
        for (int w = 0; w < 3; w++) {
            int worker = w;
            load.submit(() -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<String> r;
                        if (worker == 0) {
                            long v = version(a, reportId);
                            r = send(api(a, path)
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString(body(v, 50_000 + ok.get())))
                                    .build());
                        } else {
                            r = send(api(a, path).GET().build());
                        }
                        if (r.statusCode() == 200 || r.statusCode() == 409) ok.incrementAndGet();
                        else otherStatuses.add(r.statusCode());
                    } catch (IOException e) {
                        otherStatuses.add(-1);
                    }
                }
                return null;
            });
        }
        Thread.sleep(2_000);
        long killMs = recoverAfterSignal(a, path, "KILL");
        Thread.sleep(1_000);
        stop.set(true);
        load.shutdown();
        assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        // 401: HTTP Basic's user lookup failing during the restart is still answered as "wrong password" (issue 11,
        // item 8, not this test's subject); what must never happen is a 500
        assertThat(otherStatuses)
                .as("503 while the server was away, never a 500")
                .allMatch(s -> s == 503 || s == 401 || s == -1);
        assertThat(ok.get()).isGreaterThan(3);
        assertThat(killMs).as("served again after kill -9 within 15 s").isLessThan(15_000);

        // 2. SIGTERM (smart shutdown) and 3. SIGINT (fast) with the port held 4 s: the outage seen by users
        long termMs = recoverAfterSignal(a, path, "TERM");
        assertThat(termMs).as("served again after SIGTERM within 15 s").isLessThan(15_000);
        // (what users see while the server is away — 503 in Vietnamese, health DOWN — is checked under the kill -9
        // load above and in DatabaseUnavailableTests / DatabaseWriteHealthTests: holding the port to stretch the
        // outage lost the race to the supervisor on a quiet machine, whose server came up on the other loopback
        // address)
        long intMs = recoverAfterSignal(a, path, "INT");
        assertThat(intMs).as("served again after SIGINT within 15 s").isLessThan(15_000);

        assertThat(a.process.isAlive()).isTrue();
        assertThat(session.get("/reports/" + reportId + "/dossier").statusCode())
                .isEqualTo(200);
        long v = version(a, reportId);
        assertThat(send(api(a, path)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(body(v, 77_777)))
                                .build())
                        .statusCode())
                .isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri(a, "/actuator/health")).GET().build())
                        .statusCode())
                .isEqualTo(200);
        assertThat(Files.readString(a.log)).contains("stopped unexpectedly").contains("Embedded PostgreSQL restarted");
        System.out.printf(
                "FAULTS postmaster supervision: served again %d ms after kill -9 under load (%d requests"
                        + " answered, meanwhile %d refused: %s), %d ms after SIGTERM, %d ms after SIGINT; load average %s%n",
                killMs,
                ok.get(),
                otherStatuses.size(),
                new TreeMap<>(otherStatuses.stream().collect(Collectors.groupingBy(x -> x, Collectors.counting()))),
                termMs,
                intMs,
                Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /** Signals the postmaster, then polls the API until it answers 200; ms from the signal to that answer. */
    private long recoverAfterSignal(AppProcess a, String path, String signal) throws Exception {
        ProcessHandle postmaster = AppProcess.postmaster(PG_DIR).orElseThrow();
        long t0 = System.nanoTime();
        new ProcessBuilder("kill", "-s", signal, Long.toString(postmaster.pid()))
                .start()
                .waitFor();
        // after SIGTERM the old server still serves its open (pooled) connections until the supervisor ends it:
        // a 200 counts only once the old postmaster is gone
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        awaitServed(a, path);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(send(api(a, path).GET().build()).statusCode())
                .as(signal + ": served again; see " + a.log)
                .isEqualTo(200);
        assertThat(AppProcess.postmaster(PG_DIR).orElseThrow().pid()).isNotEqualTo(postmaster.pid());
        System.out.println("FAULTS SIG" + signal + " of the postmaster: served again after " + ms + " ms");
        return ms;
    }

    /** Polls the API (at most 60 s) until it answers 200. */
    private static void awaitServed(AppProcess a, String path) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (send(api(a, path).GET().build()).statusCode() == 200) return;
            } catch (IOException e) {
                // keep polling
            }
            Thread.sleep(100);
        }
    }

    // ---------------------------------------------------------------- two instances on one data directory

    @Test
    void aSecondInstanceOnTheSameDataDirectoryIsRefusedAndTheFirstKeepsServing() throws Exception {
        AppProcess a = running();
        long reportId = editableReport(a);
        long pid = AppProcess.postmaster(PG_DIR).orElseThrow().pid();
        long t0 = System.nanoTime();
        Path log = DATA.resolve("second-instance.log");
        try {
            AppProcess second = AppProcess.start(DATA, log);
            second.kill();
            throw new AssertionError("a second instance started on the same data directory");
        } catch (IllegalStateException expected) {
            assertThat(expected.getMessage()).contains("app exited during startup");
        }
        String out = Files.readString(log);
        assertThat(out).contains("Một phiên bản khác của ứng dụng").contains("CCHC_DATA_DIR");
        String firstError = out.lines()
                .filter(l -> l.contains("ERROR") || l.startsWith("\tat "))
                .findFirst()
                .orElse("");
        assertThat(firstError)
                .as("the first error line is the Vietnamese reason")
                .contains("Một phiên bản khác");
        assertThat(out).doesNotContain("\tat vn.cchc");
        assertThat(AppProcess.postmaster(PG_DIR).orElseThrow().pid())
                .as("the first one's server untouched")
                .isEqualTo(pid);
        assertThat(send(api(a, "/api/v1/reports/" + reportId + "/dossier-statistics")
                                .GET()
                                .build())
                        .statusCode())
                .isEqualTo(200);
        System.out.println("FAULTS second instance refused in " + (System.nanoTime() - t0) / 1_000_000
                + " ms; the first kept serving");
    }

    // ---------------------------------------------------------------- helpers

    /** Row k of the state written by save n: every figure derived from n, all Biểu 06 sums hold. */
    private static List<Integer> row(long n, int k) {
        int b = (int) (n * 10 + k);
        return List.of(3 * b + 1, b, 2 * b, 1, 2 * b, b, b, 0, b + 1, b + 1, 0);
    }

    private static String body(long version, long n) {
        StringBuilder sb = new StringBuilder("{\"version\":" + version + ",\"rows\":[");
        for (int k = 1; k <= ROWS; k++) {
            List<Integer> f = row(n, k);
            sb.append(k > 1 ? "," : "")
                    .append("{\"label\":\"run-")
                    .append(n)
                    .append('-')
                    .append(k)
                    .append('"')
                    .append(",\"receivedTotal\":")
                    .append(f.get(0))
                    .append(",\"receivedOnline\":")
                    .append(f.get(1))
                    .append(",\"receivedDirect\":")
                    .append(f.get(2))
                    .append(",\"receivedCarriedOver\":")
                    .append(f.get(3))
                    .append(",\"resolvedTotal\":")
                    .append(f.get(4))
                    .append(",\"resolvedEarly\":")
                    .append(f.get(5))
                    .append(",\"resolvedOnTime\":")
                    .append(f.get(6))
                    .append(",\"resolvedLate\":")
                    .append(f.get(7))
                    .append(",\"pendingTotal\":")
                    .append(f.get(8))
                    .append(",\"pendingOnTime\":")
                    .append(f.get(9))
                    .append(",\"pendingOverdue\":")
                    .append(f.get(10))
                    .append('}');
        }
        return sb.append("]}").toString();
    }

    /** Biểu 06 as a file: the numbering row (1)…(13), then the rows of state "imp-n". */
    private static byte[] xlsx(long n) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Biểu 06");
            var head = sheet.createRow(0);
            for (int c = 0; c < 13; c++) head.createCell(c).setCellValue("(" + (c + 1) + ")");
            for (int k = 1; k <= ROWS; k++) {
                var r = sheet.createRow(k);
                r.createCell(0).setCellValue(k);
                r.createCell(1).setCellValue("imp-" + n + "-" + k);
                List<Integer> f = row(n, k);
                for (int c = 0; c < f.size(); c++) r.createCell(c + 2).setCellValue(f.get(c));
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The labels of one complete state ("run-7" or "imp-9"): rows 1..ROWS of one save, nothing mixed. */
    private static String consistentState(List<String> labels) {
        assertThat(labels).hasSize(ROWS);
        String state = null;
        for (int k = 1; k <= ROWS; k++) {
            Matcher m = LABEL.matcher(labels.get(k - 1));
            assertThat(m.matches()).as(labels.toString()).isTrue();
            assertThat(Integer.parseInt(m.group(3))).isEqualTo(k);
            String s = m.group(1) + "-" + m.group(2);
            if (state == null) state = s;
            assertThat(s).as("rows of two different saves: " + labels).isEqualTo(state);
        }
        return state;
    }

    /** The state each audit entry of the report's dossier statistics records as "after", oldest first. */
    private static List<String> auditedStates(AppProcess a, long reportId, long afterId) throws Exception {
        Map<Long, List<String>> audit = new LinkedHashMap<>();
        try (Connection c = db(a);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                select a.id, r ->> 'label' from audit_entry a
                left join lateral jsonb_array_elements(a.after_state -> 'rows') with ordinality as t(r, ord) on true
                where a.entity_type = 'DossierStatistics' and a.entity_id = %d and a.id > %d
                order by a.id, t.ord""".formatted(reportId, afterId))) {
            while (rs.next())
                audit.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
        return audit.values().stream().map(FaultToleranceTests::consistentState).toList();
    }

    private static List<List<Integer>> figures(AppProcess a, long reportId) throws Exception {
        List<List<Integer>> rows = new ArrayList<>();
        try (Connection c = db(a);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                select received_total, received_online, received_direct, received_carried_over, resolved_total,
                       resolved_early, resolved_on_time, resolved_late, pending_total, pending_on_time, pending_overdue
                from dossier_row where report_id = %d order by position""".formatted(reportId))) {
            while (rs.next()) {
                List<Integer> f = new ArrayList<>();
                for (int i = 1; i <= 11; i++) f.add(rs.getInt(i));
                rows.add(f);
            }
        }
        return rows;
    }

    private static long editableReport(AppProcess a) throws Exception {
        return editableReport(a, USER);
    }

    private static long editableReport(AppProcess a, String user) throws Exception {
        HttpResponse<String> response =
                send(api(a, "/api/v1/reports?year=2023", user).GET().build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode list = JSON.readTree(response.body());
        for (JsonNode r : list) {
            String status = r.get("status").asString();
            if (status.equals("DRAFT") || status.equals("RETURNED"))
                return r.get("id").asLong();
        }
        throw new AssertionError("no editable 2023 report for " + user + ": " + list);
    }

    private static long version(AppProcess a, long reportId) throws Exception {
        return version(a, reportId, USER);
    }

    private static long version(AppProcess a, long reportId, String user) throws Exception {
        HttpResponse<String> r = send(api(a, "/api/v1/reports/" + reportId + "/dossier-statistics", user)
                .GET()
                .build());
        if (r.statusCode() != 200) throw new IOException("GET version: " + r.statusCode());
        return JSON.readTree(r.body()).get("version").asLong();
    }

    private static Connection db(AppProcess a) throws Exception {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + a.dbPort + "/postgres",
                "postgres",
                Files.readString(DATA.resolve("db-password")).strip());
    }

    private static long scalar(AppProcess a, String sql) throws Exception {
        try (Connection c = db(a);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(AppProcess a, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db(a);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private static URI uri(AppProcess a, String path) {
        return URI.create("http://localhost:" + a.httpPort + path);
    }

    private static HttpRequest.Builder api(AppProcess a, String path) {
        return api(a, path, USER);
    }

    private static HttpRequest.Builder api(AppProcess a, String path, String user) {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(a, path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json");
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertNoStackTrace(String body) {
        assertThat(body)
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("at vn.")
                .doesNotContain("SQLState");
    }

    /** A browser-like session: form login with CSRF, cookies kept. */
    private static final class Session {
        private static final Pattern CSRF =
                Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private final AppProcess app;
        private String csrf;

        private Session(AppProcess app) {
            this.app = app;
        }

        static Session login(AppProcess app, String user) throws Exception {
            Session s = new Session(app);
            String token = csrf(s.get("/login").body());
            String form =
                    "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
            HttpResponse<String> r = s.client.send(
                    HttpRequest.newBuilder(uri(app, "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
            return s;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(
                    HttpRequest.newBuilder(uri(app, path))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** true when the import was saved (redirect back to the tab), false when it was refused (stale version). */
        boolean importXlsx(long reportId, long version, byte[] file) throws Exception {
            if (csrf == null)
                csrf = csrf(get("/reports/" + reportId + "/dossier").body());
            String boundary = "----cchc" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                            + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n"
                            + version
                            + "\r\n--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bieu06.xlsx\"\r\n"
                            + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(uri(app, "/reports/" + reportId + "/dossier/import"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() == 302
                    && r.headers().firstValue("Location").orElse("").endsWith("/dossier")) return true;
            if (r.statusCode() == 200) return false;
            throw new IOException("import answered " + r.statusCode());
        }

        private static String csrf(String html) {
            Matcher m = CSRF.matcher(html);
            if (!m.find()) throw new AssertionError("no CSRF token in page");
            return m.group(1) != null ? m.group(1) : m.group(2);
        }
    }
}
