package vn.cchc.orgunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    private String officialCode;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String letterheadName;

    @Column(nullable = false)
    private String placeName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrgUnitLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfficeKind officeKind = OfficeKind.COMMITTEE;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validTo;

    @Version
    private long version;

    protected OrgUnit() {}

    public OrgUnit(
            String code,
            String officialCode,
            String name,
            String letterheadName,
            String placeName,
            OrgUnitLevel level,
            LocalDate validFrom,
            LocalDate validTo) {
        this.code = code;
        this.officialCode = officialCode;
        this.name = name;
        this.letterheadName = letterheadName;
        this.placeName = placeName;
        this.level = level;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Rename (the letterhead and place follow the new name), change the level, or end the unit. */
    void edit(String name, String letterheadName, String placeName, OrgUnitLevel level, LocalDate validTo) {
        this.name = name;
        this.letterheadName = letterheadName;
        this.placeName = placeName;
        this.level = level;
        this.validTo = validTo;
    }

    void setOfficeKind(OfficeKind officeKind) {
        this.officeKind = officeKind;
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getOfficialCode() {
        return officialCode;
    }

    public String getName() {
        return name;
    }

    public String getLetterheadName() {
        return letterheadName;
    }

    public String getPlaceName() {
        return placeName;
    }

    public OrgUnitLevel getLevel() {
        return level;
    }
    /** Who signs its reports: its committee's chairman, or the head of a division or department. */
    public OfficeKind getOfficeKind() {
        return officeKind == null ? OfficeKind.COMMITTEE : officeKind;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
