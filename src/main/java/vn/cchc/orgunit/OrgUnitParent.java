package vn.cchc.orgunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** "child reports to parent from validFrom to validTo". */
@Entity
@Table(name = "org_unit_parent")
class OrgUnitParent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long childId;

    @Column(nullable = false)
    private Long parentId;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validTo;

    protected OrgUnitParent() {}

    OrgUnitParent(Long childId, Long parentId, LocalDate validFrom, LocalDate validTo) {
        this.childId = childId;
        this.parentId = parentId;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    void endOn(LocalDate day) {
        validTo = day;
    }

    Long getParentId() {
        return parentId;
    }

    Long getChildId() {
        return childId;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    LocalDate getValidTo() {
        return validTo;
    }
}
