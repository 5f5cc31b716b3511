package vn.cchc.orgunit.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.cchc.orgunit.OfficeKind;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.UnitChanges;

/** The admin's edit of a unit: the same {@link UnitChanges.UnitEdit} the API takes (blank = unchanged). */
public class UnitEditForm {

    private String name;
    private OrgUnitLevel level;
    private Long parentId;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate parentFrom;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate validTo;

    private OfficeKind officeKind;

    static UnitEditForm of(OrgUnit u) {
        UnitEditForm f = new UnitEditForm();
        f.name = u.getName();
        f.level = u.getLevel();
        f.validTo = u.getValidTo();
        f.officeKind = u.getOfficeKind();
        return f;
    }

    UnitChanges.UnitEdit toEdit() {
        return new UnitChanges.UnitEdit(name, level, parentId, parentFrom, validTo, officeKind);
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public OrgUnitLevel getLevel() {
        return level;
    }

    public void setLevel(OrgUnitLevel v) {
        level = v;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long v) {
        parentId = v;
    }

    public LocalDate getParentFrom() {
        return parentFrom;
    }

    public void setParentFrom(LocalDate v) {
        parentFrom = v;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate v) {
        validTo = v;
    }

    public OfficeKind getOfficeKind() {
        return officeKind;
    }

    public void setOfficeKind(OfficeKind v) {
        officeKind = v;
    }
}
