package vn.cchc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.cchc.account.CurrentUser;
import vn.cchc.account.Role;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.period.ReportingPeriod;
import vn.cchc.report.SubmissionFinding.Severity;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.ForbiddenException;

/** Submitting against the checks port, with a hand-written fake of the checks (no Spring). */
class ReportWorkflowSubmitTest {

    /** The fake: returns whatever the test put in. */
    static final class FakeChecks implements SubmissionChecks {
        final List<SubmissionFinding> findings = new ArrayList<>();
        int calls;

        @Override
        public List<SubmissionFinding> findings(long reportId) {
            calls++;
            return List.copyOf(findings);
        }
    }

    static final long UNIT = 7L;
    final FakeChecks checks = new FakeChecks();
    WorkflowStore store;
    final CurrentUser clerk = new CurrentUser(1L, "clerk", "Công chức", Role.CLERK, UNIT, false, "", false, true);
    Report report;
    ReportWorkflow workflow;

    @BeforeEach
    void setUp() {
        report = new Report(UNIT, 3L);
        ReflectionTestUtils.setField(report, "id", 42L);
        Reports reports = mock(Reports.class);
        when(reports.get(any(), anyLong())).thenReturn(report);
        ReportRepository repository = mock(ReportRepository.class);
        when(repository.saveAndFlush(any())).thenAnswer(i -> i.getArgument(0));
        ReportingPeriod period = mock(ReportingPeriod.class);
        when(period.getDeadline()).thenReturn(LocalDate.of(2024, 6, 15));
        when(period.getWindowEnd()).thenReturn(LocalDate.of(2024, 6, 9));
        Periods periods = mock(Periods.class);
        when(periods.get(anyLong())).thenReturn(period);
        OrgUnits orgUnits = mock(OrgUnits.class);
        when(orgUnits.get(anyLong())).thenReturn(mock(OrgUnit.class));
        Clock clock = Clock.fixed(Instant.parse("2024-06-10T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        store = mock(WorkflowStore.class);
        workflow = new ReportWorkflow(
                reports,
                repository,
                orgUnits,
                periods,
                checks,
                mock(ReportRendering.class),
                store,
                mock(AuditTrail.class),
                clock,
                mock(SigningDetails.class),
                new SubmissionDrift(store, null),
                Optional.empty());
    }

    @Test
    void errorsBlockSubmissionEvenWhenWarningsAreConfirmed() {
        checks.findings.add(new SubmissionFinding(
                "DOSSIER_SUM",
                Severity.ERROR,
                "Tổng số hồ sơ tiếp nhận (3): phải bằng (4) + (5) + (6) = 2.579.",
                "/reports/42/dossier#row-1"));
        checks.findings.add(new SubmissionFinding("DOC_DATE", Severity.WARNING, "Văn bản ngoài kỳ.", null));

        assertThatThrownBy(() -> workflow.submit(clerk, 42L, true))
                .isInstanceOfSatisfying(SubmissionBlockedException.class, e -> {
                    assertThat(e.hasErrors()).isTrue();
                    assertThat(e.findings()).hasSize(2);
                    assertThat(e.args()).containsExactly(1L);
                });
        assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
        verify(store, never())
                .addTransition(
                        anyLong(), anyInt(), any(), any(), any(), any(), any(), any(), any(), anyBoolean(), any());
    }

    @Test
    void warningsNeedAnExplicitSubmitAnyway() {
        checks.findings.add(new SubmissionFinding("DOC_DATE", Severity.WARNING, "Văn bản ngoài kỳ.", null));
        checks.findings.add(new SubmissionFinding("INFO", Severity.INFO, "Ghi chú.", null));

        assertThatThrownBy(() -> workflow.submit(clerk, 42L, false))
                .isInstanceOfSatisfying(
                        SubmissionBlockedException.class,
                        e -> assertThat(e.hasErrors()).isFalse());
        assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);

        workflow.submit(clerk, 42L, true);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.isSubmittedLate()).isFalse();
        verify(store)
                .addTransition(
                        anyLong(),
                        anyInt(),
                        eq(WorkflowAction.SUBMIT),
                        eq(ReportStatus.DRAFT),
                        eq(ReportStatus.SUBMITTED),
                        any(),
                        any(),
                        any(),
                        any(),
                        eq(false),
                        any());
    }

    @Test
    void infoFindingsDoNotStandInTheWay() {
        checks.findings.add(new SubmissionFinding("INFO", Severity.INFO, "Ghi chú.", null));
        workflow.submit(clerk, 42L, false);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(checks.calls).isEqualTo(1);
    }

    @Test
    void checksAreNotRunWhenTheCallerMayNotSubmit() {
        CurrentUser chair = new CurrentUser(2L, "chair", "Chủ tịch", Role.CHAIRMAN, UNIT, false, "", false, true);
        assertThatThrownBy(() -> workflow.submit(chair, 42L, true)).isInstanceOf(ForbiddenException.class);
        assertThat(checks.calls).isZero();
    }
}
