package vn.cchc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.IntegrationTest;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.shared.ConflictException;

/** Two signings of the same submitted report at once: one signs, the other is told the state changed. */
@IntegrationTest
class ConcurrentSigningTests {

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyOneOfTwoSimultaneousSigningsSucceeds() throws Exception {
        WorkflowFixtures fx = new WorkflowFixtures(periods, reports, workflow, orgUnits, users, jdbc);
        long id = fx.lienMacReportIn(ReportStatus.SUBMITTED).getId();
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> sign = () -> {
            start.await();
            try {
                workflow.sign(fx.user("lienmac-chair"), id);
                return "signed";
            } catch (ConflictException | OptimisticLockingFailureException e) {
                return "conflict";
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>(List.of(pool.submit(sign), pool.submit(sign)));
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) outcomes.add(f.get());
            assertThat(outcomes).containsExactlyInAnyOrder("signed", "conflict");
        } finally {
            pool.shutdownNow();
        }
        assertThat(fx.snapshots(id)).isEqualTo(1);
        assertThat(fx.transitions(id)).isEqualTo(2);
        assertThat(reports.getInternal(id).getStatus()).isEqualTo(ReportStatus.SIGNED);
    }
}
