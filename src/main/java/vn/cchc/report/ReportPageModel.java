package vn.cchc.report;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;

/** What every report tab's heading shows: the report, its unit and its period. One place for all the tabs. */
@Component
public class ReportPageModel {

    private final OrgUnits orgUnits;
    private final Periods periods;

    ReportPageModel(OrgUnits orgUnits, Periods periods) {
        this.orgUnits = orgUnits;
        this.periods = periods;
    }

    public void addTo(Model model, Report report) {
        model.addAttribute("report", report);
        model.addAttribute("unit", orgUnits.get(report.getOrgUnitId()));
        model.addAttribute("period", periods.get(report.getPeriodId()));
    }
}
