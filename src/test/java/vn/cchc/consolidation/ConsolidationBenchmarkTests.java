package vn.cchc.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.IntegrationTest;
import vn.cchc.account.Accounts;
import vn.cchc.consolidation.internal.DocxTableWriter;
import vn.cchc.consolidation.internal.PdfTableWriter;
import vn.cchc.consolidation.internal.XlsxTableWriter;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.period.ReportingPeriod;

/**
 * Benchmark harness (not part of the normal build; enabled with {@code -Dcchc.benchmark=true}):
 * <pre>./mvnw -B test -Dtest=ConsolidationBenchmarkTests -Dcchc.benchmark=true</pre>
 * Generates 100 and 1,000 synthetic communes × 3 years, then measures in-process, warm (3 warm-up runs, median
 * and max of 7): the consolidated table (service call incl. all DB reads), table + XLSX, table + PDF, table + DOCX,
 * and the streamed ZIP of 100 signed reports (~30 KB PDF + ~12 KB DOCX each). Peak heap is the sum of the heap
 * pools' peaks during the runs of one operation, after a GC (an upper bound). Writes the Markdown table to
 * {@code target/benchmarks/consolidation.md}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "cchc.benchmark", matches = "true")
class ConsolidationBenchmarkTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Consolidations consolidations;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    XlsxTableWriter xlsx;

    @Autowired
    PdfTableWriter pdf;

    @Autowired
    DocxTableWriter docx;

    @Test
    void measure() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("| communes | operation | median ms | max ms | output | peak heap MB |");
        lines.add("|---:|---|---:|---:|---:|---:|");
        for (int n : new int[] {100, 1000}) {
            String prefix =
                    "B" + n + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            long t0 = System.nanoTime();
            var g = new ConsolidationDataGenerator(jdbc, accounts).generate(prefix, n, 2023, 3, false);
            lines.add("| " + n + " | generate " + n + " × 3 years (units, periods, " + (n * 3) + " reports, rows) | "
                    + ms(System.nanoTime() - t0) + " | | | |");
            OrgUnit office = orgUnits.get(g.districtId());
            ReportingPeriod period = periods.get(g.periodIds().get(2025));
            lines.add(run(
                    n,
                    "consolidated table (service incl. DB, with year-on-year)",
                    () -> {
                        ConsolidatedTable t = consolidations.table(office, period, false);
                        assertThat(t.rows()).hasSize(n);
                        return (long) t.rows().size();
                    },
                    "rows"));
            lines.add(run(
                    n,
                    "table + XLSX",
                    () -> (long) xlsx.write(consolidations.table(office, period, false)).length,
                    "bytes"));
            lines.add(run(
                    n,
                    "table + PDF",
                    () -> (long) pdf.write(consolidations.table(office, period, false)).length,
                    "bytes"));
            lines.add(run(
                    n,
                    "table + DOCX",
                    () -> (long) docx.write(consolidations.table(office, period, false)).length,
                    "bytes"));
        }
        String prefix = "Z" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var z = new ConsolidationDataGenerator(jdbc, accounts).generate(prefix, 100, 2025, 1, true, true);
        OrgUnit office = orgUnits.get(z.districtId());
        ReportingPeriod period = periods.get(z.periodIds().get(2025));
        lines.add(run(
                100,
                "ZIP of 100 signed reports (PDF + DOCX each), streamed",
                () -> {
                    Counting out = new Counting();
                    int reports = consolidations.writeSignedReports(office, period, "bench", out);
                    assertThat(reports).isEqualTo(100);
                    return out.count;
                },
                "bytes"));
        String table = String.join("\n", lines);
        System.out.println("\n" + table + "\n");
        Path file = Path.of("target/benchmarks/consolidation.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table + "\n");
    }

    private static String run(int n, String what, Supplier<Long> op, String unit) {
        for (int i = 0; i < 3; i++) op.get();
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        List<Long> times = new ArrayList<>();
        long output = 0;
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            output = op.get();
            times.add(System.nanoTime() - t);
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Collections.sort(times);
        return String.format(
                Locale.ROOT,
                "| %d | %s | %s | %s | %,d %s | %d |",
                n,
                what,
                ms(times.get(3)),
                ms(times.get(6)),
                output,
                unit,
                peak / (1024 * 1024));
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.0f", nanos / 1e6);
    }

    static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
