package vn.cchc.account;

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

@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    private Long orgUnitId;

    private boolean enabled = true;
    private boolean mustChangePassword;
    private int failedAttempts;
    private Instant lockedUntil;
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected UserAccount() {}

    UserAccount(
            String username,
            String passwordHash,
            String fullName,
            Role role,
            Long orgUnitId,
            boolean mustChangePassword) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.orgUnitId = orgUnitId;
        this.mustChangePassword = mustChangePassword;
    }

    void recordFailedLogin(int maxAttempts, Instant lockUntil) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) lockedUntil = lockUntil;
    }

    void recordSuccessfulLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = false;
    }

    void resetPassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = true;
        failedAttempts = 0;
        lockedUntil = null;
    }

    void edit(String fullName, Role role, Long orgUnitId) {
        this.fullName = fullName;
        this.role = role;
        this.orgUnitId = orgUnitId;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public Role getRole() {
        return role;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public long getVersion() {
        return version;
    }
}
