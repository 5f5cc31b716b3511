package vn.cchc.indicator.web;

import vn.cchc.indicator.Indicator;
import vn.cchc.indicator.IndicatorInput;

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

    static IndicatorForm of(Indicator i) {
        IndicatorForm f = new IndicatorForm();
        f.code = i.getCode();
        f.label = i.getLabel();
        f.unitOfMeasure = i.getUnitOfMeasure();
        f.sectionCode = i.getSectionCode();
        f.kind = i.getKind().name();
        f.position = i.getPosition();
        f.active = i.isActive();
        f.version = i.getVersion();
        return f;
    }

    IndicatorInput toInput() {
        return new IndicatorInput(code == null ? null : code.trim(), label, unitOfMeasure, sectionCode, kind, position, active);
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getLabel() { return label; }
    public void setLabel(String v) { label = v; }
    public String getUnitOfMeasure() { return unitOfMeasure; }
    public void setUnitOfMeasure(String v) { unitOfMeasure = v; }
    public String getSectionCode() { return sectionCode; }
    public void setSectionCode(String v) { sectionCode = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public Integer getPosition() { return position; }
    public void setPosition(Integer v) { position = v; }
    public boolean isActive() { return active; }
    public void setActive(boolean v) { active = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
