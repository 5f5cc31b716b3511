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
import java.time.LocalDate;

/** One figure of one report. */
@Entity
@Table(name = "indicator_value")
class IndicatorValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long reportId;

    @Column(nullable = false)
    private Long indicatorId;

    private BigDecimal numericValue;
    private String textValue;
    private LocalDate dateValue;
    private Boolean yesNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Qualifier qualifier = Qualifier.EXACT;

    private String note;

    @Version
    private long version;

    protected IndicatorValue() {}

    IndicatorValue(Long reportId, Long indicatorId) {
        this.reportId = reportId;
        this.indicatorId = indicatorId;
    }

    void set(BigDecimal numeric, String text, LocalDate date, Boolean yesNo, Qualifier q, String note) {
        this.numericValue = numeric;
        this.textValue = text;
        this.dateValue = date;
        this.yesNo = yesNo;
        this.qualifier = q == null ? Qualifier.EXACT : q;
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    Long getId() {
        return id;
    }

    Long getReportId() {
        return reportId;
    }

    Long getIndicatorId() {
        return indicatorId;
    }

    BigDecimal getNumericValue() {
        return numericValue;
    }

    String getTextValue() {
        return textValue;
    }

    LocalDate getDateValue() {
        return dateValue;
    }

    Boolean getYesNo() {
        return yesNo;
    }

    Qualifier getQualifier() {
        return qualifier;
    }

    String getNote() {
        return note;
    }

    long getVersion() {
        return version;
    }
}
