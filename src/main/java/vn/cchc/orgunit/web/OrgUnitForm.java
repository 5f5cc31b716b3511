package vn.cchc.orgunit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.cchc.orgunit.NewOrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;

/** The admin's new-unit form. */
public class OrgUnitForm {

    @NotBlank(message = "{orgUnit.code.required}")
    @Pattern(regexp = "[A-Z0-9_]{2,40}", message = "{orgUnit.code.pattern}")
    private String code;

    private String officialCode;

    @NotBlank(message = "{orgUnit.name.required}")
    private String name;
    /** Optional: derived from the name's prefix when left empty. */
    private String letterheadName;

    private String placeName;

    @NotNull(message = "{orgUnit.level.required}")
    private OrgUnitLevel level;

    @NotNull(message = "{orgUnit.validFrom.required}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate validFrom;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate validTo;

    private Long parentId;

    NewOrgUnit toNewOrgUnit() {
        return new NewOrgUnit(
                code,
                blankToNull(officialCode),
                name,
                blankToNull(letterheadName),
                blankToNull(placeName),
                level,
                validFrom,
                validTo,
                parentId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String v) {
        code = v;
    }

    public String getOfficialCode() {
        return officialCode;
    }

    public void setOfficialCode(String v) {
        officialCode = v;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public String getLetterheadName() {
        return letterheadName;
    }

    public void setLetterheadName(String v) {
        letterheadName = v;
    }

    public String getPlaceName() {
        return placeName;
    }

    public void setPlaceName(String v) {
        placeName = v;
    }

    public OrgUnitLevel getLevel() {
        return level;
    }

    public void setLevel(OrgUnitLevel v) {
        level = v;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate v) {
        validFrom = v;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate v) {
        validTo = v;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long v) {
        parentId = v;
    }
}
