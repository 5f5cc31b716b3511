package vn.cchc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.ConflictException;

/** The aggregate owns its transitions: allowed ones move it, the rest throw and change nothing. */
class ReportStateMachineTest {

    final Instant now = Instant.parse("2024-06-10T03:00:00Z");

    @Test
    void theHappyPathAndAReturnThatOpensANewVersion() {
        Report r = new Report(1L, 2L);
        r.submit(now, true);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(r.isSubmittedLate()).isTrue();
        assertThat(r.isEditable()).isFalse();
        r.sign(now);
        assertThat(r.getSignedAt()).isEqualTo(now);
        r.returnTo(now);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThat(r.getRevision()).isEqualTo(2);
        assertThat(r.isEditable()).isTrue();
        r.submit(now, false);
        r.sign(now);
        r.accept(now);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(r.getRevision()).isEqualTo(2);
    }

    @Test
    void disallowedTransitionsThrowAndLeaveTheReportAsItWas() {
        Report draft = new Report(1L, 2L);
        assertThatThrownBy(() -> draft.sign(now))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).messageKey())
                .isEqualTo("workflow.error.transition.SIGN");
        assertThatThrownBy(() -> draft.accept(now)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> draft.returnTo(now)).isInstanceOf(ConflictException.class);
        assertThat(draft.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(draft.getRevision()).isEqualTo(1);

        Report accepted = new Report(1L, 2L);
        accepted.submit(now, false);
        accepted.sign(now);
        accepted.accept(now);
        for (WorkflowAction a : WorkflowAction.values())
            assertThat(accepted.allows(a)).isFalse();
        assertThatThrownBy(() -> accepted.returnTo(now)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> accepted.submit(now, false)).isInstanceOf(ConflictException.class);
        assertThat(accepted.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.getRevision()).isEqualTo(1);
    }
}
