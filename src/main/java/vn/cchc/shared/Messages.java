package vn.cchc.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * The one way to the Vietnamese texts of the messages files: every service, controller and sheet wraps the
 * {@link MessageSource} it is given in this instead of setting up its own locale and {@code msg()}.
 */
public final class Messages {

    /** The users' language; the only one the texts are written in. */
    public static final Locale VI = Locale.forLanguageTag("vi");

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    /** The text of {@code key} with {@code args}; the key itself when no file has it (a gap shows, never throws). */
    public String text(String key, Object... args) {
        return source.getMessage(key, args.length == 0 ? null : args, key, VI);
    }

    /** The text of {@code key}, or {@code otherwise} when no file has it (e.g. a per-value key). */
    public String textOr(String key, String otherwise, Object... args) {
        return source.getMessage(key, args.length == 0 ? null : args, otherwise, VI);
    }

    /** The message a refusal carries (its key and arguments). */
    public String text(UserFacingException e) {
        return text(e.messageKey(), e.args());
    }

    /** A binding error's text (codes tried in order, then its default message). */
    public String text(MessageSourceResolvable resolvable) {
        return source.getMessage(resolvable, VI);
    }
}
