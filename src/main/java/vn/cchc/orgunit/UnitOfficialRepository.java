package vn.cchc.orgunit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitOfficialRepository extends JpaRepository<UnitOfficial, Long> {

    List<UnitOfficial> findByOrgUnitIdOrderByPositionAscValidFromDesc(Long orgUnitId);
}
