package vn.cchc.consolidation;

import java.util.List;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.period.ReportingPeriod;

/**
 * Who has reported to the office for a period. Counts are over all units (before filtering): {@code reported} =
 * signed or accepted, {@code missing} = not yet reached the office (no report, draft, with the chairman, returned).
 */
public record Board(
        OrgUnit office,
        ReportingPeriod period,
        List<BoardEntry> entries,
        int units,
        int reported,
        int signed,
        int accepted,
        int missing,
        int late) {}
