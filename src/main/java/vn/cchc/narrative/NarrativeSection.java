package vn.cchc.narrative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The clerk's prose of one section of one report, with tokens. */
@Entity
@Table(name = "narrative_section")
class NarrativeSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long reportId;

    @Column(nullable = false)
    private String sectionCode;

    @Column(nullable = false)
    private String body = "";

    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected NarrativeSection() {}

    NarrativeSection(Long reportId, String sectionCode) {
        this.reportId = reportId;
        this.sectionCode = sectionCode;
    }

    void setBody(String body) {
        this.body = body == null ? "" : body;
        this.updatedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    Long getReportId() {
        return reportId;
    }

    String getSectionCode() {
        return sectionCode;
    }

    String getBody() {
        return body;
    }

    long getVersion() {
        return version;
    }
}
