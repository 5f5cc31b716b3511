package vn.cchc.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The Vietnamese sentences for a refused sign-in; times in Vietnam's zone, dd/MM/yyyy HH:mm. */
public final class SignInMessages {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final DateTimeFormatter SECOND =
            DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private SignInMessages() {}

    public static String refusal(SignInThrottledException e) {
        return e.locked()
                ? "Tài khoản đang bị tạm khóa trên máy này đến " + MINUTE.format(e.until())
                        + " do nhập sai mật khẩu nhiều lần. Hãy thử lại sau thời điểm đó hoặc nhờ quản trị viên mở khóa."
                : "Bạn đã nhập sai mật khẩu nhiều lần: vui lòng đợi đến " + SECOND.format(e.until()) + " rồi thử lại.";
    }

    public static String lockedUntil(Instant until) {
        return MINUTE.format(until);
    }
}
