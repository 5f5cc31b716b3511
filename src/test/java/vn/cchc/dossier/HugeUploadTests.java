package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.IntegrationTest;
import vn.cchc.account.Accounts;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;
import vn.cchc.spreadsheet.XlsxStreamingTests;

/**
 * Issue 11, item 1: two 100.000-row uploads at the same moment used to exhaust the heap and leave the server
 * answering nothing. Now both are refused with the row limit, nothing is saved, the server still serves, and
 * the heap stays far below the JVM's limit.
 */
@IntegrationTest
class HugeUploadTests {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Accounts accounts;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoConcurrentHundredThousandRowUploadsAreBothRefusedAndTheServerStaysHealthy() throws Exception {
        byte[] file = XlsxStreamingTests.hundredThousandRows();
        List<long[]> targets = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            RecordsFixture.Commune c = RecordsFixture.commune(orgUnits, accounts);
            targets.add(
                    new long[] {c.unitId(), RecordsFixture.report(periods, reports, orgUnits, c.unitId(), 2110 + i)});
            clerks.add(users.loadUserByUsername(c.clerk()));
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                long reportId = targets.get(i)[1];
                UserDetails clerk = clerks.get(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(multipart("/reports/" + reportId + "/dossier/import")
                                    .file(new MockMultipartFile("file", "bieu06.xlsx", XLSX, file))
                                    .param("version", "0")
                                    .with(csrf())
                                    .with(user(clerk)))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString();
                }));
            }
            start.countDown();
            for (Future<String> a : answers) {
                assertThat(a.get(120, TimeUnit.SECONDS)).contains("Tệp có quá nhiều dòng: tối đa 5.000 dòng số liệu.");
            }
        } finally {
            pool.shutdownNow();
        }
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        System.out.printf("Two 100.000-row uploads: peak heap (sum of pool peaks) %d MB%n", peakHeap / (1024 * 1024));
        long max = Runtime.getRuntime().maxMemory();
        assertThat(peakHeap).isLessThan(max * 3 / 4);
        for (long[] t : targets) {
            assertThat(jdbc.queryForObject("select count(*) from dossier_row where report_id = ?", Integer.class, t[1]))
                    .isZero();
        }
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    private final List<UserDetails> clerks = new ArrayList<>();
}
