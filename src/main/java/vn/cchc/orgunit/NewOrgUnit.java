package vn.cchc.orgunit;

import java.time.LocalDate;

/** What it takes to create a unit (admin page, demo loader). */
public record NewOrgUnit(
        String code,
        String officialCode,
        String name,
        String letterheadName,
        String placeName,
        OrgUnitLevel level,
        LocalDate validFrom,
        LocalDate validTo,
        Long parentId) {}
