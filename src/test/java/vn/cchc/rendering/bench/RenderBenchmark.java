package vn.cchc.rendering.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import vn.cchc.rendering.DocxReportRenderer;
import vn.cchc.rendering.LienMac2023Fixture;
import vn.cchc.rendering.PdfReportRenderer;
import vn.cchc.rendering.ReportDocument;
import vn.cchc.rendering.ReportRenderer;

/**
 * Rendering benchmark, run by hand (numbers go to docs/benchmarks.md; no timing assertions in tests):
 * <pre>
 * ./mvnw -B -q -DskipTests test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) vn.cchc.rendering.bench.RenderBenchmark
 * </pre>
 * Measures the warm median of rendering the Liên Mạc 2023 fixture as DOCX and as PDF, the peak heap over
 * 100 reports in a row, and, when {@code soffice} is on the PATH, LibreOffice converting the same DOCX to PDF.
 */
public final class RenderBenchmark {

    private static final int WARMUP = 300;
    private static final int MEASURED = 300;
    private static final int IN_A_ROW = 100;
    private static final int SOFFICE_RUNS = 6;

    private RenderBenchmark() {}

    public static void main(String[] args) throws Exception {
        ReportDocument report = LienMac2023Fixture.report();
        DocxReportRenderer docx = new DocxReportRenderer();
        PdfReportRenderer pdf = new PdfReportRenderer();
        System.out.printf(
                Locale.ROOT,
                "JVM %s, %d CPUs, max heap %d MB%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        long coldDocx = time(() -> docx.render(report));
        long coldPdf = time(() -> pdf.render(report));
        System.out.printf(
                Locale.ROOT, "first render (cold JVM): DOCX %.1f ms, PDF %.1f ms%n", ms(coldDocx), ms(coldPdf));

        double[][] docxMs = measure(docx, report);
        double[][] pdfMs = measure(pdf, report);
        report("DOCX", docxMs, docx.render(report).length);
        report("PDF", pdfMs, pdf.render(report).length);

        peakHeap(report, docx, pdf);

        Path file = Files.createTempDirectory("cchc-bench").resolve("lien-mac-2023.docx");
        Files.write(file, docx.render(report));
        soffice(file, pdfMs, docxMs);
    }

    /**
     * Wall-clock and CPU times of warm renders, sorted. The CPU time of the rendering thread does not count
     * the time spent waiting for a core, so it stays meaningful when other builds share the machine.
     */
    private static double[][] measure(ReportRenderer renderer, ReportDocument report) {
        for (int i = 0; i < WARMUP; i++) {
            renderer.render(report);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[MEASURED];
        double[] cpu = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            wall[i] = ms(time(() -> renderer.render(report)));
            cpu[i] = ms(threads.getCurrentThreadCpuTime() - cpuStart);
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[][] {wall, cpu};
    }

    private static void report(String name, double[][] times, int bytes) {
        double[] wall = times[0];
        double[] cpu = times[1];
        System.out.printf(
                Locale.ROOT,
                "%s warm wall: median %.2f ms, p10 %.2f, p90 %.2f, min %.2f; "
                        + "CPU: median %.2f ms (%d runs, %d KB)%n",
                name,
                median(wall),
                wall[wall.length / 10],
                wall[wall.length * 9 / 10],
                wall[0],
                median(cpu),
                wall.length,
                bytes >> 10);
    }

    /**
     * Peak heap while rendering 100 reports (DOCX and PDF each) in a row: the sum of the heap pools' peaks
     * after a reset (an upper bound, the pools peak at different moments), and the largest heap in use
     * sampled after each render.
     */
    private static void peakHeap(ReportDocument report, ReportRenderer docx, ReportRenderer pdf) {
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap.add(pool);
            }
        }
        System.gc();
        long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long sampled = 0;
        long start = System.nanoTime();
        for (int i = 0; i < IN_A_ROW; i++) {
            docx.render(report);
            pdf.render(report);
            sampled = Math.max(
                    sampled,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        long elapsed = System.nanoTime() - start;
        long peaks = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(
                Locale.ROOT,
                "%d reports in a row (DOCX + PDF each): %.0f ms; heap after GC before %.1f MB, "
                        + "largest sampled %.1f MB, sum of pool peaks %.1f MB%n",
                IN_A_ROW,
                ms(elapsed),
                mb(baseline),
                mb(sampled),
                mb(peaks));
    }

    /**
     * LibreOffice's DOCX → PDF, a new process each time as a server would run it; the first run is cold.
     * Wall clock, and CPU time (user + system of soffice and its children, from bash's {@code time}), which
     * compares fairly with our CPU time when other builds share the machine.
     */
    private static void soffice(Path docx, double[][] ourPdf, double[][] ourDocx)
            throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("cchc-bench-lo");
        String convert = "soffice -env:UserInstallation=" + profile.toUri() + " --headless --convert-to pdf --outdir "
                + docx.getParent() + " " + docx + " >/dev/null 2>&1";
        List<String> command = List.of("bash", "-c", "TIMEFORMAT='%3U %3S'; time (" + convert + ")");
        double[] wall = new double[SOFFICE_RUNS];
        double[] cpu = new double[SOFFICE_RUNS];
        for (int i = 0; i < SOFFICE_RUNS; i++) {
            long start = System.nanoTime();
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes()).strip();
            if (!process.waitFor(120, TimeUnit.SECONDS)
                    || process.exitValue() != 0
                    || !Files.exists(
                            docx.resolveSibling(docx.getFileName().toString().replace(".docx", ".pdf")))) {
                System.out.println("soffice not available or failed: " + output);
                return;
            }
            wall[i] = ms(System.nanoTime() - start);
            String[] userSys =
                    output.substring(output.lastIndexOf('\n') + 1).trim().split(" ");
            cpu[i] = 1000 * (Double.parseDouble(userSys[0]) + Double.parseDouble(userSys[1]));
        }
        double[] warmWall = Arrays.copyOfRange(wall, 1, wall.length);
        double[] warmCpu = Arrays.copyOfRange(cpu, 1, cpu.length);
        Arrays.sort(warmWall);
        Arrays.sort(warmCpu);
        System.out.printf(
                Locale.ROOT,
                "soffice --convert-to pdf: cold %.0f ms wall; warm median %.0f ms wall, " + "%.0f ms CPU (%d runs)%n",
                wall[0],
                median(warmWall),
                median(warmCpu),
                warmWall.length);
        System.out.printf(
                Locale.ROOT,
                "ours vs soffice: PDF %.0f× faster by wall clock, %.0f× by CPU; "
                        + "DOCX %.0f× by wall clock, %.0f× by CPU%n",
                median(warmWall) / median(ourPdf[0]),
                median(warmCpu) / median(ourPdf[1]),
                median(warmWall) / median(ourDocx[0]),
                median(warmCpu) / median(ourDocx[1]));
    }

    private static long time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
