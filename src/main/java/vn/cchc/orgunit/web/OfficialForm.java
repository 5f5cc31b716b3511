package vn.cchc.orgunit.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.cchc.orgunit.OfficialPosition;

/** A chairman or vice-chairman with the dates of office, as on the API. */
public class OfficialForm {

    private String fullName;
    private OfficialPosition position;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate validFrom;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate validTo;

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String v) {
        fullName = v;
    }

    public OfficialPosition getPosition() {
        return position;
    }

    public void setPosition(OfficialPosition v) {
        position = v;
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
}
