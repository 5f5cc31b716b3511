package vn.cchc.orgunit;

public enum OrgUnitLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE
}
