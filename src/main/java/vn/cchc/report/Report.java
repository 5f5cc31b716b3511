package vn.cchc.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.cchc.shared.ConflictException;

/** One unit's report for one period: its header, closing and status. */
@Entity
@Table(name = "report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long orgUnitId;

    @Column(nullable = false)
    private Long periodId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status = ReportStatus.DRAFT;

    private int revision = 1;
    private String numberSymbol;
    private LocalDate reportDate;
    private String summaryLines;
    private String signerAuthority;
    private String signerTitle;
    private String signerName;
    private String recipients;
    private Long signerOfficialId;
    private Instant submittedAt;
    private boolean submittedLate;
    private Instant signedAt;
    private Instant acceptedAt;
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();

    @Version
    private long lockVersion;

    protected Report() {}

    Report(Long orgUnitId, Long periodId) {
        this.orgUnitId = orgUnitId;
        this.periodId = periodId;
    }

    /** Records may change only while the clerk holds the report. */
    public boolean isEditable() {
        return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
    }

    void updateHeader(ReportHeader h) {
        numberSymbol = h.numberSymbol();
        reportDate = h.reportDate();
        summaryLines = h.summaryLines() == null ? null : String.join("\n", h.summaryLines());
        signerAuthority = h.signerAuthority();
        signerTitle = h.signerTitle();
        signerName = h.signerName();
        recipients = h.recipients() == null ? null : String.join("\n", h.recipients());
        updatedAt = Instant.now();
    }

    /** Number, date and signer chosen before signing (blank number: allotted at signing; null date: signing day). */
    void chooseSigningDetails(
            String number, LocalDate date, Long officialId, String authority, String title, String name) {
        numberSymbol = number;
        reportDate = date;
        signerOfficialId = officialId;
        if (officialId != null) {
            signerAuthority = authority;
            signerTitle = title;
            signerName = name;
        }
        updatedAt = Instant.now();
    }

    /** What signing fills in: the allotted number, the date, the signer as they stand on that date. */
    void completeForSigning(String number, LocalDate date, String authority, String title, String name) {
        numberSymbol = number;
        reportDate = date;
        signerAuthority = authority;
        signerTitle = title;
        signerName = name;
    }

    public Long getSignerOfficialId() {
        return signerOfficialId;
    }

    // --- The state machine: DRAFT → SUBMITTED → SIGNED → ACCEPTED; RETURNED from SUBMITTED or SIGNED. ---

    /** The clerk hands the draft (or the returned report) to the chairman. */
    void submit(Instant now, boolean late) {
        require(WorkflowAction.SUBMIT);
        status = ReportStatus.SUBMITTED;
        submittedAt = now;
        submittedLate = late;
        updatedAt = now;
    }

    /** The chairman signs: the report is frozen from now on. */
    void sign(Instant now) {
        require(WorkflowAction.SIGN);
        status = ReportStatus.SIGNED;
        signedAt = now;
        updatedAt = now;
    }

    /** Back to the clerk for changes, as a new version; the signed version (if any) stays as it was. */
    void returnTo(Instant now) {
        require(WorkflowAction.RETURN);
        status = ReportStatus.RETURNED;
        revision++;
        signedAt = null;
        updatedAt = now;
    }

    /** The clerk takes the submission back: a draft again, same version, nothing signed. */
    void withdraw(Instant now) {
        require(WorkflowAction.WITHDRAW);
        status = ReportStatus.DRAFT;
        submittedAt = null;
        submittedLate = false;
        updatedAt = now;
    }

    /** The receiving office accepts the signed report. */
    void accept(Instant now) {
        require(WorkflowAction.ACCEPT);
        status = ReportStatus.ACCEPTED;
        acceptedAt = now;
        updatedAt = now;
    }

    /** Whether the current status allows the action at all (whoever asks). */
    public boolean allows(WorkflowAction action) {
        return action.allowedFrom().contains(status);
    }

    private void require(WorkflowAction action) {
        if (!allows(action)) {
            throw new ConflictException("workflow.error.transition." + action.name(), statusLabel(status));
        }
    }

    /** The status's Vietnamese label as a message argument (resolved by the message source). */
    static MessageSourceResolvable statusLabel(ReportStatus s) {
        return new DefaultMessageSourceResolvable(new String[] {"status." + s.name()}, s.name());
    }

    public ReportHeader header() {
        return new ReportHeader(
                numberSymbol,
                reportDate,
                lines(summaryLines),
                signerAuthority,
                signerTitle,
                signerName,
                lines(recipients));
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\n"));
    }

    public Long getId() {
        return id;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public int getRevision() {
        return revision;
    }

    public String getNumberSymbol() {
        return numberSymbol;
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isSubmittedLate() {
        return submittedLate;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
