package vn.cchc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Tests that start the app itself in child JVMs (faults, several nodes, a server install): each start costs 20–40 s
 * of this machine's two cores, so they run in the {@code full} profile ({@code ./mvnw verify -Pfull}, before a release),
 * not in the everyday {@code ./mvnw verify}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("starts-apps")
public @interface StartsApps {}
