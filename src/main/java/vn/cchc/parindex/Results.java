package vn.cchc.parindex;

import java.util.List;
import vn.cchc.orgunit.OrgUnit;

/** The office's communes for a year, ranked (see {@link TieRule}); {@code index} gives the fields' names and maxima. */
public record Results(OrgUnit office, int year, ParIndex index, List<ResultRow> rows) {}
