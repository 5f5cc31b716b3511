package vn.cchc;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A short tag no other test of the run has drawn: a counter within this JVM, prefixed by the JVM's start so two
 * runs against one database differ too. (A clock modulo a small number collided: two fixtures drew the same code.)
 */
public final class UniqueTag {

    private static final String RUN =
            Long.toString((System.currentTimeMillis() / 1000) % 60_466_176L, 36).toUpperCase(); // 36^5: five characters
    private static final AtomicInteger SEQ = new AtomicInteger();

    private UniqueTag() {}

    /** Letters and digits only, at most 12 characters. */
    public static String next() {
        return RUN + "X" + SEQ.incrementAndGet();
    }
}
