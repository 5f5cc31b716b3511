package vn.cchc.indicator.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.cchc.indicator.FigureFormat;
import vn.cchc.indicator.Indicator;
import vn.cchc.indicator.IndicatorInput;
import vn.cchc.indicator.IndicatorRelations;

/** The administrator's form for one catalogue entry. */
public class IndicatorForm {

    private String code;
    private String label;
    private String unitOfMeasure;
    private String sectionCode;
    private String kind;
    private Integer position;
    private boolean active;
    private Long version;
    private String moneyScale;
    private String outOf;
    private String parts;
    private String numerator;
    private String denominator;
    private Integer yearFrom;
    private Integer yearTo;

    static IndicatorForm of(Indicator i, List<String> parts, Optional<IndicatorRelations.Ratio> ratio) {
        IndicatorForm f = new IndicatorForm();
        f.code = i.getCode();
        f.label = i.getLabel();
        f.unitOfMeasure = i.getUnitOfMeasure();
        f.sectionCode = i.getSectionCode();
        f.kind = i.getKind().name();
        f.position = i.getPosition();
        f.active = i.isActive();
        f.version = i.getVersion();
        f.moneyScale = i.getMoneyScale() == null ? null : i.getMoneyScale().name();
        f.outOf = i.getOutOf() == null ? null : FigureFormat.number(i.getOutOf(), 2);
        f.parts = String.join(", ", parts);
        f.yearFrom = i.getYearFrom();
        f.yearTo = i.getYearTo();
        f.numerator = ratio.map(IndicatorRelations.Ratio::numerator).orElse("");
        f.denominator = ratio.map(IndicatorRelations.Ratio::denominator).orElse("");
        return f;
    }

    IndicatorInput toInput() {
        return new IndicatorInput(
                code == null ? null : code.trim(),
                label,
                unitOfMeasure,
                sectionCode,
                kind,
                position,
                active,
                moneyScale,
                outOf,
                parts == null ? null : Arrays.asList(parts.split("[,;\\s]+")),
                numerator,
                denominator,
                null,
                yearFrom,
                yearTo);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String v) {
        code = v;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String v) {
        label = v;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public void setUnitOfMeasure(String v) {
        unitOfMeasure = v;
    }

    public String getSectionCode() {
        return sectionCode;
    }

    public void setSectionCode(String v) {
        sectionCode = v;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String v) {
        kind = v;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer v) {
        position = v;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean v) {
        active = v;
    }

    public Long getVersion() {
        return version;
    }

    public String getMoneyScale() {
        return moneyScale;
    }

    public void setMoneyScale(String v) {
        moneyScale = v;
    }

    public String getOutOf() {
        return outOf;
    }

    public void setOutOf(String v) {
        outOf = v;
    }

    public String getParts() {
        return parts;
    }

    public void setParts(String v) {
        parts = v;
    }

    public String getNumerator() {
        return numerator;
    }

    public void setNumerator(String v) {
        numerator = v;
    }

    public String getDenominator() {
        return denominator;
    }

    public Integer getYearFrom() {
        return yearFrom;
    }

    public void setYearFrom(Integer v) {
        yearFrom = v;
    }

    public Integer getYearTo() {
        return yearTo;
    }

    public void setYearTo(Integer v) {
        yearTo = v;
    }

    public void setDenominator(String v) {
        denominator = v;
    }

    public void setVersion(Long v) {
        version = v;
    }
}
