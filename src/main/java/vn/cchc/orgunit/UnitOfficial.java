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

/** A person holding a signing position in a unit for a time (a record, not an account). */
@Entity
@Table(name = "unit_official")
public class UnitOfficial {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long orgUnitId;

    @Column(nullable = false)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfficialPosition position;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validTo;

    @Version
    private long version;

    protected UnitOfficial() {}

    UnitOfficial(Long orgUnitId, String fullName, OfficialPosition position, LocalDate validFrom, LocalDate validTo) {
        this.orgUnitId = orgUnitId;
        this.fullName = fullName;
        this.position = position;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    void endOn(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    public Long getId() {
        return id;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public String getFullName() {
        return fullName;
    }

    public OfficialPosition getPosition() {
        return position;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
