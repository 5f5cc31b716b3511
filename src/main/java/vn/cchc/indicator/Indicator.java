package vn.cchc.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Set;

/** A catalogue entry: one figure reports carry (code is stable; label and placement may change). */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String label;

    private String unitOfMeasure;

    @Column(nullable = false)
    private String sectionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IndicatorKind kind;

    private int position;
    private boolean active = true;

    @Enumerated(EnumType.STRING)
    private MoneyScale moneyScale;

    private BigDecimal outOf;

    @Column(updatable = false)
    private Long ownerUnitId;

    private Integer yearFrom;
    private Integer yearTo;

    @Version
    private long version;

    protected Indicator() {}

    Indicator(String code, Long ownerUnitId) {
        this.code = code;
        this.ownerUnitId = ownerUnitId;
    }

    void apply(IndicatorInput in) {
        label = in.label().trim();
        unitOfMeasure = in.unitOfMeasure() == null || in.unitOfMeasure().isBlank()
                ? null
                : in.unitOfMeasure().trim();
        sectionCode = in.sectionCode();
        kind = IndicatorKind.valueOf(in.kind());
        position = in.position() == null ? 0 : in.position();
        active = in.active();
        moneyScale = kind == IndicatorKind.MONEY
                        && in.moneyScale() != null
                        && !in.moneyScale().isBlank()
                ? MoneyScale.valueOf(in.moneyScale())
                : null;
        yearFrom = in.yearFrom();
        yearTo = in.yearTo();
        outOf = kind == IndicatorKind.DECIMAL
                ? IndicatorValues.decimal(in.outOf() == null ? "" : in.outOf().trim())
                : null;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public String getSectionCode() {
        return sectionCode;
    }

    public IndicatorKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    public MoneyScale getMoneyScale() {
        return moneyScale;
    }

    public BigDecimal getOutOf() {
        return outOf;
    }

    public Long getOwnerUnitId() {
        return ownerUnitId;
    }

    public Integer getYearFrom() {
        return yearFrom;
    }

    public Integer getYearTo() {
        return yearTo;
    }

    /** Whether a report of a unit (with these owners above it, itself included) for this year carries the entry. */
    public boolean appliesTo(Set<Long> unitAndAncestors, int year) {
        if (ownerUnitId != null && !unitAndAncestors.contains(ownerUnitId)) return false;
        return (yearFrom == null || year >= yearFrom) && (yearTo == null || year <= yearTo);
    }
}
