package vn.cchc.composition.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.LongSupplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.CchcReportApplication;
import vn.cchc.composition.ReportComposer;
import vn.cchc.composition.ReportFiles;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.report.Reports;

/**
 * Warm time to render the Liên Mạc 2023 demo report as DOCX and as PDF, records read from the (embedded)
 * PostgreSQL included: the app's own path from a download click to the bytes. Runs the whole application (on a
 * random port) on the test profile's throw-away database with the demo loaded.
 *
 * <pre>
 * ./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx512m -cp target/classes:target/test-classes:$(cat target/cp.txt) vn.cchc.composition.bench.ReportFromDatabaseBenchmark
 * </pre>
 */
public final class ReportFromDatabaseBenchmark {

    private static final int WARMUP = 100;
    private static final int MEASURED = 200;

    public static void main(String[] args) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CchcReportApplication.class)
                .profiles("test")
                .properties("cchc.embedded-db.data-dir=target/bench-db", "logging.level.root=WARN", "server.port=0")
                .run(args)) {
            Reports reports = app.getBean(Reports.class);
            UnitViewer clerk =
                    (UnitViewer) app.getBean(UserDetailsService.class).loadUserByUsername("lienmac-clerk");
            long id = reports.visible(clerk, 2023, null).get(0).id();
            ReportFiles files = app.getBean(ReportFiles.class);
            ReportComposer composer = app.getBean(ReportComposer.class);
            System.out.printf(
                    "JVM %s, %d CPUs, max heap %d MB; report %d (xã Liên Mạc, năm 2023)%n",
                    System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20,
                    id);
            measure(
                    "compose only (DB reads + model)",
                    () -> composer.compose(id).body().size());
            measure("DOCX incl. DB", () -> files.docx(id).length);
            measure("PDF incl. DB", () -> files.pdf(id).length);
        }
    }

    private static void measure(String name, LongSupplier work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long size = 0;
        for (int i = 0; i < WARMUP; i++) size = work.getAsLong();
        double[] wall = new double[MEASURED];
        double[] cpu = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            size = work.getAsLong();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(
                "%-34s wall median %.2f ms (p10 %.2f, p90 %.2f, min %.2f); CPU median %.2f ms; size %d%n",
                name,
                wall[MEASURED / 2],
                wall[MEASURED / 10],
                wall[MEASURED * 9 / 10],
                wall[0],
                cpu[MEASURED / 2],
                size);
    }

    private ReportFromDatabaseBenchmark() {}
}
