package vn.cchc.orgunit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrgUnitParentRepository extends JpaRepository<OrgUnitParent, Long> {

    @Query("""
            select p from OrgUnitParent p where p.childId = :childId and p.validFrom <= :day
            and (p.validTo is null or p.validTo >= :day)""")
    Optional<OrgUnitParent> findValidOn(Long childId, LocalDate day);

    List<OrgUnitParent> findByChildIdOrderByValidFrom(Long childId);

    List<OrgUnitParent> findByParentId(Long parentId);
}
