package vn.cchc.composition.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;

/**
 * The «Nơi nhận:» list when the clerk has typed none: the receiving office of the unit's parent on the window's last
 * day — the district's Phòng Nội vụ in the three-tier years, the province's Sở Nội vụ and Văn phòng UBND (one-stop
 * and procedures) since 01/07/2025 — then the archive.
 */
public final class Recipients {

    private Recipients() {}

    public static List<String> defaults(OrgUnit parent, LocalDate windowEnd) {
        List<String> out = new ArrayList<>();
        if (parent != null) {
            if (parent.getLevel() == OrgUnitLevel.PROVINCE) {
                out.add("- Sở Nội vụ " + parent.getName() + ";");
                out.add("- Văn phòng UBND " + parent.getName() + ";");
            } else {
                out.add("- Phòng Nội vụ " + parent.getName() + ";");
            }
        }
        out.add("- Lưu: VT.");
        return out;
    }
}
