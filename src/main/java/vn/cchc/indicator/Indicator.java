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

    private java.math.BigDecimal outOf;

    @Version
    private long version;

    protected Indicator() {
    }

    Indicator(String code) {
        this.code = code;
    }

    void apply(IndicatorInput in) {
        label = in.label().trim();
        unitOfMeasure = in.unitOfMeasure() == null || in.unitOfMeasure().isBlank() ? null : in.unitOfMeasure().trim();
        sectionCode = in.sectionCode();
        kind = IndicatorKind.valueOf(in.kind());
        position = in.position() == null ? 0 : in.position();
        active = in.active();
        moneyScale = kind == IndicatorKind.MONEY && in.moneyScale() != null && !in.moneyScale().isBlank()
                ? MoneyScale.valueOf(in.moneyScale()) : null;
        outOf = kind == IndicatorKind.DECIMAL ? IndicatorValues.decimal(in.outOf() == null ? "" : in.outOf().trim()) : null;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getLabel() { return label; }
    public String getUnitOfMeasure() { return unitOfMeasure; }
    public String getSectionCode() { return sectionCode; }
    public IndicatorKind getKind() { return kind; }
    public int getPosition() { return position; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
    public MoneyScale getMoneyScale() { return moneyScale; }
    public java.math.BigDecimal getOutOf() { return outOf; }
}
