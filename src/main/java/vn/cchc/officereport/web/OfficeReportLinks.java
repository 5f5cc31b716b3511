package vn.cchc.officereport.web;

import org.springframework.stereotype.Component;
import vn.cchc.officereport.OfficeReports;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.report.Report;

/** For the record pages ({@code @officeReportLinks} in Thymeleaf): whether a report is an office's compiled one. */
@Component("officeReportLinks")
public class OfficeReportLinks {

    private final OfficeReports officeReports;
    private final OrgUnits orgUnits;
    private final Periods periods;

    OfficeReportLinks(OfficeReports officeReports, OrgUnits orgUnits, Periods periods) {
        this.officeReports = officeReports;
        this.orgUnits = orgUnits;
        this.periods = periods;
    }

    public boolean compiles(Report report) {
        return officeReports.compiles(orgUnits.get(report.getOrgUnitId()), periods.get(report.getPeriodId()));
    }
}
