package vn.cchc.parindex.internal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.shared.Messages;

/** The feature's Vietnamese texts (i18n/parindex.properties) for services and files, outside a request. */
@Component
public class ParTexts {

    private final Messages messages;

    public ParTexts(MessageSource messages) {
        this.messages = new Messages(messages);
    }

    /** Whole numbers go in as text: MessageFormat would print the year 2024 as «2.024». */
    public String t(String key, Object... args) {
        return messages.text(key, plain(args));
    }

    public static Object[] plain(Object... args) {
        if (args == null) return null;
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Integer || out[i] instanceof Long) out[i] = String.valueOf(out[i]);
        }
        return out;
    }
}
