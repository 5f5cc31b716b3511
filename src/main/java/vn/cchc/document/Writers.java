package vn.cchc.document;

import vn.cchc.orgunit.UnitViewer;
import vn.cchc.shared.ForbiddenException;

/** Only the unit's own people (or the administrator) change its records; a receiving office reads them. */
final class Writers {

    private Writers() {
    }

    static void require(UnitViewer viewer, Long unitId) {
        if (viewer.seesAll()) return;
        if (viewer.unitId() == null || !viewer.unitId().equals(unitId)) throw new ForbiddenException("records.forbidden.otherUnit");
    }
}
