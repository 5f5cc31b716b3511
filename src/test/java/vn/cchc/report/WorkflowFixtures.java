package vn.cchc.report;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.account.CurrentUser;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.NewPeriod;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;

/**
 * Fresh reports for workflow tests: a new ad-hoc period (year 2024, so the demo 2023 and 2025 lists stay as they
 * are) and an empty report of a commune, driven to the wanted status through the real workflow.
 */
final class WorkflowFixtures {

    static final LocalDate FAR_DEADLINE = LocalDate.of(2099, 12, 31);
    private final Periods periods;
    private final Reports reports;
    private final ReportWorkflow workflow;
    private final OrgUnits orgUnits;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    WorkflowFixtures(
            Periods periods,
            Reports reports,
            ReportWorkflow workflow,
            OrgUnits orgUnits,
            UserDetailsService users,
            JdbcTemplate jdbc) {
        this.periods = periods;
        this.reports = reports;
        this.workflow = workflow;
        this.orgUnits = orgUnits;
        this.users = users;
        this.jdbc = jdbc;
    }

    CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    long unit(String code) {
        return orgUnits.byCode(code).orElseThrow().getId();
    }

    /** A Liên Mạc report on a 2024 window (receiving office: Phòng Nội vụ huyện Thanh Hà). */
    Report lienMacReport(LocalDate deadline) {
        return report("LIEN_MAC", "HAI_DUONG", 2024, LocalDate.of(2023, 12, 10), LocalDate.of(2024, 6, 9), deadline);
    }

    Report report(String unitCode, String scheduleCode, int year, LocalDate start, LocalDate end, LocalDate deadline) {
        var period = periods.create(new NewPeriod(
                unit(scheduleCode),
                PeriodKind.AD_HOC,
                "kiểm thử trình ký " + UUID.randomUUID(),
                year,
                start,
                end,
                deadline));
        return reports.createEmpty(unit(unitCode), period.getId());
    }

    /** A fresh Liên Mạc report brought to the status through the workflow (clerk, chairman, district office). */
    Report lienMacReportIn(ReportStatus status) {
        Report r = lienMacReport(FAR_DEADLINE);
        long id = r.getId();
        switch (status) {
            case DRAFT -> {}
            case SUBMITTED -> workflow.submit(user("lienmac-clerk"), id, false);
            case RETURNED -> {
                workflow.submit(user("lienmac-clerk"), id, false);
                workflow.returnTo(user("lienmac-chair"), id, "Sửa mục II.2.3");
            }
            case SIGNED -> {
                workflow.submit(user("lienmac-clerk"), id, false);
                workflow.sign(user("lienmac-chair"), id);
            }
            case ACCEPTED -> {
                workflow.submit(user("lienmac-clerk"), id, false);
                workflow.sign(user("lienmac-chair"), id);
                workflow.accept(user("thanhha-noivu"), id);
            }
        }
        return reports.getInternal(id);
    }

    int transitions(long reportId) {
        return jdbc.queryForObject(
                "select count(*) from report_transition where report_id = ?", Integer.class, reportId);
    }

    int audits(long reportId) {
        return jdbc.queryForObject("select count(*) from audit_entry where report_id = ?", Integer.class, reportId);
    }

    int snapshots(long reportId) {
        return jdbc.queryForObject("select count(*) from report_snapshot where report_id = ?", Integer.class, reportId);
    }
}
