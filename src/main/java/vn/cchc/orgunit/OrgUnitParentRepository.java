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

    /** Every unit ever linked below this one, at any depth, in one query (UNION also stops at a cycle). */
    @Query(value = """
            with recursive below(id) as (
                select child_id from org_unit_parent where parent_id = :unitId
                union
                select p.child_id from org_unit_parent p join below b on p.parent_id = b.id)
            select id from below""", nativeQuery = true)
    List<Long> findDescendantIds(Long unitId);
}
