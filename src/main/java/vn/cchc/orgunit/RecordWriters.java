package vn.cchc.orgunit;

import java.util.Objects;
import vn.cchc.shared.ForbiddenException;

/**
 * The one rule for changing a unit's records (documents, figures, dossier rows, procedures, prose, tasks): only
 * the unit's own accounts, or an administrator (who sees all); a receiving office reads them only. The services
 * enforce it with {@link #require}; pages use {@link #mayChange} to hide what would be refused.
 */
public final class RecordWriters {

    private RecordWriters() {}

    public static boolean mayChange(UnitViewer viewer, Long unitId) {
        return viewer.seesAll() || (viewer.unitId() != null && Objects.equals(viewer.unitId(), unitId));
    }

    /** 403 with a message naming the rule when the viewer may not change the unit's records. */
    public static void require(UnitViewer viewer, Long unitId) {
        if (!mayChange(viewer, unitId)) throw new ForbiddenException("records.forbidden.otherUnit");
    }
}
