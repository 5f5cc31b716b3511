package vn.cchc.signing.internal;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import vn.cchc.rendering.LienMac2023Fixture;
import vn.cchc.rendering.PdfReportRenderer;
import vn.cchc.signing.SigningIdentity;
import vn.cchc.signing.SigningKeys;

/**
 * The sign step's post-processing, measured in process (plain {@code main}, no timing assertions in tests): the
 * Liên Mạc 2023 fixture rendered once by OpenPDF, then per run PDF/A-2b + signature fields with their appearance,
 * the chairman's PAdES signature and the organisation's (demo EC P-256 keys, no TSA). Run command in
 * docs/benchmarks.md.
 */
public final class SignBenchmark {

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        byte[] pdf = new PdfReportRenderer().render(LienMac2023Fixture.report());
        DemoCertificates demo = new DemoCertificates();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(
                new ByteArrayInputStream(demo.unitKeystore("Chủ tịch UBND XÃ LIÊN MẠC", "UBND XÃ LIÊN MẠC")),
                DemoCertificates.PASSWORD.toCharArray());
        SigningIdentity chairman = identity(ks, SigningKeys.CHAIRMAN_ALIAS);
        SigningIdentity organisation = identity(ks, SigningKeys.ORGANISATION_ALIAS);
        String name = LienMac2023Fixture.signature().name();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long coldStart = System.nanoTime();
        byte[] signed = once(pdf, name, chairman, organisation);
        double cold = (System.nanoTime() - coldStart) / 1e6;
        for (int i = 0; i < warmup; i++) once(pdf, name, chairman, organisation);
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            signed = once(pdf, name, chairman, organisation);
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(
                "JVM %s, %d CPUs, load average %.2f%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("input PDF %d KB, signed PDF %d KB%n", pdf.length / 1024, signed.length / 1024);
        System.out.printf("first sign (cold JVM): %.1f ms%n", cold);
        System.out.printf(
                "sign step warm wall: median %.1f ms, p10 %.1f, p90 %.1f; CPU median %.1f ms (%d runs)%n",
                wall[runs / 2], wall[runs / 10], wall[runs * 9 / 10], cpu[runs / 2], runs);
    }

    static byte[] once(byte[] pdf, String name, SigningIdentity chairman, SigningIdentity organisation)
            throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7));
        Calendar time = GregorianCalendar.from(now.toZonedDateTime());
        SignatureAppearance look = new SignatureAppearance(name, null, null, "UBND XÃ LIÊN MẠC", now, true, true);
        byte[] prepared = PdfArchive.prepare(pdf, look, "Báo cáo CCHC", "cchc-report:bench");
        byte[] one = PadesSigner.sign(
                        prepared, PdfArchive.CHAIRMAN_FIELD, chairman, time, name, "Ký", "Liên Mạc", Optional.empty())
                .pdf();
        return PadesSigner.sign(
                        one,
                        PdfArchive.ORGANISATION_FIELD,
                        organisation,
                        time,
                        "UBND XÃ LIÊN MẠC",
                        "Dấu",
                        "Liên Mạc",
                        Optional.empty())
                .pdf();
    }

    private static SigningIdentity identity(KeyStore ks, String alias) throws Exception {
        return Certificates.localIdentity(
                (PrivateKey) ks.getKey(alias, DemoCertificates.PASSWORD.toCharArray()),
                Arrays.stream(ks.getCertificateChain(alias))
                        .map(X509Certificate.class::cast)
                        .toList());
    }
}
