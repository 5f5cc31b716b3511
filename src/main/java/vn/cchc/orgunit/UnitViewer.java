package vn.cchc.orgunit;

/**
 * Who is looking: the signed-in account as the unit rules see it. Kept here (not in account) so units do not
 * depend on accounts.
 */
public interface UnitViewer {

    /** The viewer's own unit; null for an administrator. */
    Long unitId();

    /** A receiving office also sees the units that report to it. */
    boolean seesSubordinates();

    /** An administrator sees everything. */
    boolean seesAll();
}
