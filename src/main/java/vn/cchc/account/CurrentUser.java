package vn.cchc.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.cchc.orgunit.UnitViewer;

/** The signed-in account as the rest of the app sees it (inject with {@code @AuthenticationPrincipal}). */
public record CurrentUser(
        Long id,
        String username,
        String fullName,
        Role role,
        Long unitId,
        boolean mustChangePassword,
        String passwordHash,
        boolean locked,
        boolean enabled)
        implements UserDetails, UnitViewer {

    static CurrentUser of(UserAccount a, boolean locked) {
        return new CurrentUser(
                a.getId(),
                a.getUsername(),
                a.getFullName(),
                a.getRole(),
                a.getOrgUnitId(),
                a.isMustChangePassword(),
                a.getPasswordHash(),
                locked,
                a.isEnabled());
    }

    public boolean is(Role r) {
        return role == r;
    }

    @Override
    public boolean seesSubordinates() {
        return role == Role.REVIEWER;
    }

    @Override
    public boolean seesAll() {
        return role == Role.ADMIN;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() { // never print the hash
        return "CurrentUser[" + username + ", " + role + ", unit " + unitId + "]";
    }
}
