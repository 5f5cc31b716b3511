package vn.cchc.document.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.CchcReportApplication;
import vn.cchc.RecordsFixture;
import vn.cchc.RecordsFixture.Fresh;
import vn.cchc.document.EofficeExport;
import vn.cchc.document.ImportPreview;
import vn.cchc.document.IssuedDocuments;
import vn.cchc.document.RegisterImport;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;

/**
 * The register import at a year's scale and the register list at 5,000 documents: wall and CPU time of a
 * 2,000-row e-office export (XLSX and CSV) previewed, committed into an empty register, re-imported; the heap the
 * JVM peaked at; then one page of the register list and a search over a unit holding 5,000 documents, and
 * PostgreSQL's plan for the page query. Whole app on the test profile's throw-away embedded PostgreSQL.
 *
 * <pre>
 * ./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) vn.cchc.document.bench.RegisterImportBenchmark
 * </pre>
 */
public final class RegisterImportBenchmark {

    private static final int RUNS = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CchcReportApplication.class)
                .profiles("test")
                .properties(
                        "cchc.embedded-db.data-dir=target/bench-register-db",
                        "logging.level.root=WARN",
                        "server.port=0")
                .run(args)) {
            RegisterImport imports = app.getBean(RegisterImport.class);
            IssuedDocuments documents = app.getBean(IssuedDocuments.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            RecordsFixture fixture = new RecordsFixture(
                    app.getBean(OrgUnits.class), app.getBean(Periods.class), app.getBean(Reports.class), jdbc);
            LocalDate from = LocalDate.of(2022, 12, 10);
            LocalDate to = LocalDate.of(2023, 12, 9);
            System.out.printf(
                    "JVM %s, %d CPUs, max heap %d MB, load average %s%n",
                    System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20,
                    load());
            resetPeaks();
            for (String format : new String[] {"xlsx", "csv"}) {
                double[] preview = new double[RUNS * 2];
                double[] commit = new double[RUNS * 2];
                double[] again = new double[RUNS * 2];
                int size = 0;
                for (int i = 0; i < RUNS; i++) {
                    Fresh f = fixture.commune(from, to);
                    String name = orgUnitName(jdbc, f.unitId());
                    EofficeExport.Made file = "xlsx".equals(format)
                            ? EofficeExport.xlsx(name, 2000, false, i)
                            : EofficeExport.csv(name, 2000, false, i);
                    size = file.bytes().length;
                    time(
                            preview,
                            i,
                            () -> imports.preview(f.clerk(), f.unitId(), "so." + format, file.bytes(), Map.of()));
                    ImportPreview done = time(
                            commit,
                            i,
                            () -> imports.commit(f.clerk(), f.unitId(), "so." + format, file.bytes(), Map.of()));
                    if (!done.committed() || done.newCount() != 1999)
                        throw new IllegalStateException("import failed: " + done.errors());
                    ImportPreview re = time(
                            again,
                            i,
                            () -> imports.commit(f.clerk(), f.unitId(), "so." + format, file.bytes(), Map.of()));
                    if (re.newCount() != 0 || re.unchanged() != 1999)
                        throw new IllegalStateException("re-import changed something");
                }
                System.out.printf(
                        "%s, 2,000 rows (%d KB), %d runs, each into a new empty register:%n",
                        format, size / 1024, RUNS);
                report("  preview", preview);
                report("  commit (1,999 new + 1 duplicate row)", commit);
                report("  re-import (all unchanged)", again);
            }
            System.out.printf("heap: sum of heap pool peaks during the imports %d MB%n", heapPeakMb());

            // the register list at 5,000 documents per unit
            Fresh big = fixture.commune(from, to);
            String name = orgUnitName(jdbc, big.unitId());
            for (int i = 0; i < 3; i++) {
                // three "years": shift the numbers so each file adds new documents
                String suffix = "-" + (2021 + i);
                byte[] csv = new String(
                                EofficeExport.csv(name, 2000, false, 100 + i).bytes(), StandardCharsets.UTF_8)
                        .replace("/UBND-VP", "/UBND-VP" + suffix)
                        .replace("-UBND;", "-UBND" + suffix + ";")
                        .replace("/ĐU;", "/ĐU" + suffix + ";")
                        .getBytes(StandardCharsets.UTF_8);
                ImportPreview r = imports.commit(big.clerk(), big.unitId(), "y" + i + ".csv", csv, Map.of());
                if (!r.committed()) throw new IllegalStateException(r.errors().toString());
            }
            int total = jdbc.queryForObject(
                    "select count(*) from issued_document where org_unit_id = ?", Integer.class, big.unitId());
            jdbc.execute("analyze issued_document");
            System.out.printf("register list, unit with %,d documents (report window %s–%s):%n", total, from, to);
            double[] inReport = new double[40];
            double[] others = new double[40];
            double[] search = new double[40];
            for (int i = 0; i < 20; i++) {
                time(
                        inReport,
                        i,
                        () -> documents
                                .forReport(big.clerk(), big.reportId(), null)
                                .size());
                time(
                        others,
                        i,
                        () -> documents
                                .othersPage(big.clerk(), big.reportId(), null, 3, 100)
                                .items()
                                .size());
                time(
                        search,
                        i,
                        () -> documents
                                .othersPage(big.clerk(), big.reportId(), "ke hoach cai cach", 1, 100)
                                .total());
            }
            report("  documents of the report (all of them, read for the first page)", inReport);
            report("  page 3 of the rest of the register (100 rows)", others);
            report("  search \"ke hoach cai cach\" over the rest (count + first page)", search);
            System.out.println("  plan of the page query:");
            jdbc.queryForList(
                            "explain analyze select d.id from issued_document d where d.org_unit_id = " + big.unitId()
                                    + " and (d.issued_on is null or d.issued_on not between '2022-12-10' and '2023-12-09')"
                                    + " and d.id not in (select document_id from report_document where report_id = "
                                    + big.reportId() + ")"
                                    + " order by d.issued_on nulls last, d.number_symbol, d.id limit 100 offset 200",
                            String.class)
                    .forEach(line -> System.out.println("    " + line));
            System.out.printf("load average at the end %s%n", load());
        }
    }

    private static String orgUnitName(JdbcTemplate jdbc, long unitId) {
        return jdbc.queryForObject("select name from org_unit where id = ?", String.class, unitId);
    }

    private static <T> T time(double[] into, int i, Supplier<T> work) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        T result = work.get();
        into[i] = (System.nanoTime() - t0) / 1e6;
        into[into.length / 2 + i % (into.length / 2)] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        return result;
    }

    /** First half of {@code ms}: wall clock; second half: CPU time of this thread (the database's work excluded). */
    private static void report(String what, double[] ms) {
        int n = ms.length / 2;
        double[] wall = Arrays.copyOf(ms, n);
        double[] cpu = Arrays.copyOfRange(ms, n, ms.length);
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(
                "%s: wall median %.0f ms (min %.0f, max %.0f); app-thread CPU median %.0f ms%n",
                what, wall[n / 2], wall[0], wall[n - 1], cpu[n / 2]);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeakMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum >> 20;
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
