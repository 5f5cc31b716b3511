package vn.cchc.officereport;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.IntegrationTest;
import vn.cchc.UniqueTag;
import vn.cchc.account.Accounts;
import vn.cchc.composition.ReportComposer;
import vn.cchc.composition.ReportFiles;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.rendering.DocxReportRenderer;
import vn.cchc.rendering.PdfReportRenderer;
import vn.cchc.report.RenderedReport;
import vn.cchc.report.Reports;

/**
 * Benchmark harness (not part of the normal build; enabled with {@code -Dcchc.benchmark=true}):
 * <pre>./mvnw -B test -Dtest=OfficeReportBenchmarkTests -Dcchc.benchmark=true</pre>
 * An office with 200 communes × 2 years ({@link OfficeFixture}: the consolidation generator's reports and Biểu 06
 * rows, 7 figures per report), then in-process and warm (3 warm-up runs, median and max of 7): the compilation
 * (every DB read, figures, year-on-year, Biểu 06), and the office's whole report as signing renders it — compose
 * (its own records + the compilation) then DOCX, PDF and the content JSON. Prints the load average beside the
 * figures and writes the table to {@code target/benchmarks/office-report.md}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "cchc.benchmark", matches = "true")
class OfficeReportBenchmarkTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    OfficeReports officeReports;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    ReportFiles files;

    @Autowired
    ReportComposer composer;

    @Autowired
    PdfReportRenderer pdf;

    @Test
    void measure() throws Exception {
        int n = 200;
        List<String> lines = new ArrayList<>();
        lines.add("| communes | operation | median ms | max ms | CPU ms of the calling thread (median) | output |");
        lines.add("|---:|---|---:|---:|---:|---:|");
        String prefix = "R" + UniqueTag.next();
        long t0 = System.nanoTime();
        OfficeFixture.Office o = new OfficeFixture(jdbc, accounts).create(prefix, n);
        lines.add("| " + n + " | generate " + n + " × 2 years (reports, Biểu 06 rows, 7 figures each) | "
                + ms(System.nanoTime() - t0) + " | | | |");
        var office = orgUnits.get(o.g().districtId());
        var period = periods.get(o.period());
        long reportId = reports.createEmpty(o.g().districtId(), o.period()).getId();
        lines.add(run(n, "compilation (service incl. DB: units, figures, rates, year-on-year, Biểu 06)", () -> {
            Compilation c = officeReports.compile(office, period, false);
            assertThat(c.units()).hasSize(n);
            return c.figures().size() + " figures, " + c.counted().size() + " units counted";
        }));
        // the stages of what signing renders, one by one
        var composed = composer.composeWithContent(reportId, null);
        var docx = new DocxReportRenderer(DocxReportRenderer.readTemplate(composed.docxTemplate()));
        lines.add(run(n, "stage: compose (the office's records + the compilation)", () -> {
            var c = composer.composeWithContent(reportId, null);
            return c.document().body().size() + " blocks, "
                    + c.document().appendices().size() + " appendix";
        }));
        lines.add(run(
                n,
                "stage: DOCX (its own template)",
                () -> String.format(Locale.ROOT, "%,d B", docx.render(composed.document()).length)));
        lines.add(run(
                n, "stage: PDF", () -> String.format(Locale.ROOT, "%,d B", pdf.render(composed.document()).length)));
        lines.add(run(n, "office report: compose + DOCX + PDF + content JSON (what signing renders)", () -> {
            RenderedReport r = files.render(reportId);
            return String.format(Locale.ROOT, "DOCX %,d B, PDF %,d B", r.docx().length, r.pdf().length);
        }));
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        String table = String.join("\n", lines) + "\n\nload average (1, 5, 15 min …) after the runs: " + load
                + ", cores: " + Runtime.getRuntime().availableProcessors();
        System.out.println("\n" + table + "\n");
        Path file = Path.of("target/benchmarks/office-report.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table + "\n");
    }

    private static String run(int n, String what, Supplier<String> op) {
        for (int i = 0; i < 3; i++) op.get();
        // CPU time of this thread beside the wall clock: on a shared 2-core machine the wall clock mostly measures the
        // queue
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> times = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        String output = "";
        for (int i = 0; i < 7; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            output = op.get();
            times.add(System.nanoTime() - t);
            cpu.add(threads.getCurrentThreadCpuTime() - c);
        }
        Collections.sort(times);
        Collections.sort(cpu);
        return String.format(
                Locale.ROOT,
                "| %d | %s | %s | %s | %s | %s |",
                n,
                what,
                ms(times.get(3)),
                ms(times.get(6)),
                ms(cpu.get(3)),
                output);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.0f", nanos / 1e6);
    }
}
