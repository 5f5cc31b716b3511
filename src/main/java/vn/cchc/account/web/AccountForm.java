package vn.cchc.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.cchc.account.NewAccount;
import vn.cchc.account.Role;

/** The admin's new-account form. */
public class AccountForm {

    @NotBlank(message = "{account.username.required}")
    @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{account.username.pattern}")
    private String username;

    @NotBlank(message = "{account.fullName.required}")
    @Size(max = 200, message = "{account.fullName.size}")
    private String fullName;

    @NotNull(message = "{account.role.required}")
    private Role role;

    private Long orgUnitId;

    @NotBlank(message = "{account.password.required}")
    @Size(min = 10, max = 100, message = "{account.password.size}")
    private String temporaryPassword;

    NewAccount toNewAccount() {
        return new NewAccount(
                username.trim(), temporaryPassword, fullName.trim(), role, role == Role.ADMIN ? null : orgUnitId, true);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String v) {
        username = v;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String v) {
        fullName = v;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role v) {
        role = v;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public void setOrgUnitId(Long v) {
        orgUnitId = v;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String v) {
        temporaryPassword = v;
    }
}
