package vn.cchc.orgunit.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** Predecessors merged into the unit on the page from a date (the API's {@code MergerJson}). */
public class MergerForm {

    private List<Long> predecessorIds = new ArrayList<>();

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate effectiveOn;

    private String legalBasis;

    public List<Long> getPredecessorIds() {
        return predecessorIds;
    }

    public void setPredecessorIds(List<Long> v) {
        predecessorIds = v == null ? new ArrayList<>() : v;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate v) {
        effectiveOn = v;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String v) {
        legalBasis = v;
    }
}
