package vn.cchc.rendering.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ReportDocument report = LienMac2023Fixture.report();
        DocxReportRenderer docx = new DocxReportRenderer();
        PdfReportRenderer pdf = new PdfReportRenderer();
        System.out.printf(Locale.ROOT, "JVM %s, %d CPUs, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        long coldDocx = time(() -> docx.render(report));
        long coldPdf = time(() -> pdf.render(report));
        System.out.printf(Locale.ROOT, "first render (cold JVM): DOCX %.1f ms, PDF %.1f ms%n",
                ms(coldDocx), ms(coldPdf));

        double[][] docxMs = measure(docx, report);
        double[][] pdfMs = measure(pdf, report);
        report("DOCX", docxMs, docx.render(report).length);
        report("PDF", pdfMs, pdf.render(report).length);

        peakHeap(report, docx, pdf);

        Path file = Files.createTempDirectory("cchc-bench").resolve("lien-mac-2023.docx");
        Files.write(file, docx.render(report));
        soffice(file, median(pdfMs[0]), median(docxMs[0]));
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
        System.out.printf(Locale.ROOT, "%s warm wall: median %.2f ms, p10 %.2f, p90 %.2f, min %.2f; "
                        + "CPU: median %.2f ms (%d runs, %d KB)%n", name, median(wall), wall[wall.length / 10],
                wall[wall.length * 9 / 10], wall[0], median(cpu), wall.length, bytes >> 10);
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
            sampled = Math.max(sampled, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        long elapsed = System.nanoTime() - start;
        long peaks = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%d reports in a row (DOCX + PDF each): %.0f ms; heap after GC before %.1f MB, "
                        + "largest sampled %.1f MB, sum of pool peaks %.1f MB%n", IN_A_ROW, ms(elapsed),
                mb(baseline), mb(sampled), mb(peaks));
    }

    /** LibreOffice's DOCX → PDF, a new process each time as a server would run it; the first run is cold. */
    private static void soffice(Path docx, double ourPdfMs, double ourDocxMs) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("cchc-bench-lo");
        List<String> command = List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", docx.getParent().toString(), docx.toString());
        double[] runs = new double[SOFFICE_RUNS];
        for (int i = 0; i < SOFFICE_RUNS; i++) {
            long start = System.nanoTime();
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                System.out.println("soffice not available: " + e.getMessage());
                return;
            }
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                System.out.println("soffice failed");
                return;
            }
            runs[i] = ms(System.nanoTime() - start);
        }
        double cold = runs[0];
        double[] warm = Arrays.copyOfRange(runs, 1, runs.length);
        Arrays.sort(warm);
        double median = median(warm);
        System.out.printf(Locale.ROOT, "soffice --convert-to pdf: cold %.0f ms, warm median %.0f ms (%d runs); "
                        + "ours (PDF from the model) is %.0f× faster, (DOCX) %.0f× faster%n",
                cold, median, warm.length, median / ourPdfMs, median / ourDocxMs);
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
