package vn.cchc.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.cchc.shared.FieldViolation;

/**
 * What a password chosen by a person (or set by an administrator) must be: at least {@value #MIN_LENGTH}
 * characters, not one of the passwords every guessing list starts with, not the user name, not one character
 * repeated. Length beats composition rules (NIST SP 800-63B), so there is no "one digit, one capital" rule.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 100;

    /** The head of the public lists of leaked passwords, plus Vietnamese favourites; compared case-insensitively. */
    private static final Set<String> COMMON = Set.of(
            "12345678",
            "123456789",
            "1234567890",
            "12345678910",
            "0123456789",
            "0987654321",
            "9876543210",
            "11111111",
            "1111111111",
            "00000000",
            "0000000000",
            "88888888",
            "8888888888",
            "66668888",
            "123123123",
            "password",
            "password1",
            "password12",
            "password123",
            "passw0rd",
            "p@ssw0rd",
            "p@ssword123",
            "qwertyuiop",
            "qwerty123",
            "qwerty1234",
            "1q2w3e4r5t",
            "1qaz2wsx3edc",
            "abc123456",
            "abcd123456",
            "iloveyou",
            "iloveyou123",
            "matkhau",
            "matkhau123",
            "matkhau1234",
            "matkhaumoi",
            "anhyeuem",
            "anhyeuem123",
            "emyeuanh",
            "admin123",
            "admin12345",
            "administrator",
            "welcome123",
            "changeme",
            "changeme123",
            "demodemo",
            "demo123456",
            "cchc123456",
            "ubnd123456",
            "vietnam123",
            "hanoi12345",
            "saigon1234");

    private PasswordPolicy() {}

    /** The broken rules, each a Vietnamese sentence naming the field by its label. */
    public static List<FieldViolation> check(String field, String label, String password, String username) {
        List<FieldViolation> out = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            out.add(new FieldViolation(field, label + ": bắt buộc."));
            return out;
        }
        if (password.length() < MIN_LENGTH) {
            out.add(new FieldViolation(field, label + ": phải có ít nhất " + MIN_LENGTH + " ký tự."));
        } else if (password.length() > MAX_LENGTH) {
            out.add(new FieldViolation(field, label + ": tối đa " + MAX_LENGTH + " ký tự."));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            out.add(new FieldViolation(
                    field,
                    label + ": quá phổ biến (nằm trong danh sách mật khẩu hay bị dò), " + "hãy chọn mật khẩu khác."));
        } else if (password.chars().distinct().count() == 1) {
            out.add(new FieldViolation(field, label + ": không được chỉ lặp lại một ký tự."));
        } else if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            out.add(new FieldViolation(field, label + ": không được chứa tên đăng nhập."));
        }
        return out;
    }
}
