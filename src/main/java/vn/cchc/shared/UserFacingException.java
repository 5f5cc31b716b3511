package vn.cchc.shared;

/** An error whose message is shown to the user: a key into the messages files and its arguments. */
public abstract class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    protected UserFacingException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
