package vn.cchc.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.cchc.account.Role;
import vn.cchc.account.UserAccount;

/** The admin's edit of an existing account: who it is, not its password. */
public class AccountEditForm {

    @NotBlank(message = "{account.fullName.required}")
    @Size(max = 200, message = "{account.fullName.size}")
    private String fullName;

    @NotNull(message = "{account.role.required}")
    private Role role;

    private Long orgUnitId;
    private long version;

    static AccountEditForm of(UserAccount a) {
        AccountEditForm f = new AccountEditForm();
        f.fullName = a.getFullName();
        f.role = a.getRole();
        f.orgUnitId = a.getOrgUnitId();
        f.version = a.getVersion();
        return f;
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long v) {
        version = v;
    }
}
