package vn.cchc.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.IntegrationTest;
import vn.cchc.UniqueTag;

/** What an office sees below it: every level, in one read, the unit itself not among them. */
@IntegrationTest
class OrgUnitDescendantsTests {

    @Autowired
    OrgUnits orgUnits;

    @Test
    void aProvinceReachesItsCommunesThroughItsDistrictsAndNothingElse() {
        String tag = UniqueTag.next();
        long province = unit("P" + tag, OrgUnitLevel.PROVINCE, null);
        long district = unit("D" + tag, OrgUnitLevel.DISTRICT, province);
        long commune1 = unit("C1" + tag, OrgUnitLevel.COMMUNE, district);
        long commune2 = unit("C2" + tag, OrgUnitLevel.COMMUNE, district);
        long elsewhere = unit("X" + tag, OrgUnitLevel.COMMUNE, null);

        assertThat(orgUnits.descendantIds(province)).containsExactlyInAnyOrder(district, commune1, commune2);
        assertThat(orgUnits.descendantIds(district)).containsExactlyInAnyOrder(commune1, commune2);
        assertThat(orgUnits.descendantIds(commune1)).isEmpty();
        assertThat(orgUnits.descendantIds(province)).doesNotContain(province, elsewhere);
    }

    private long unit(String code, OrgUnitLevel level, Long parentId) {
        return orgUnits.create(new NewOrgUnit(
                        code,
                        null,
                        "đơn vị " + code,
                        "ĐƠN VỊ " + code,
                        "Thử",
                        level,
                        LocalDate.of(2020, 1, 1),
                        null,
                        parentId))
                .getId();
    }
}
