package vn.cchc.account;

public record NewAccount(
        String username, String password, String fullName, Role role, Long orgUnitId, boolean mustChangePassword) {}
