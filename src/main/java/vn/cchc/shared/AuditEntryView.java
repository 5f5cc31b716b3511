package vn.cchc.shared;

import java.time.Instant;

/** An audit entry as pages show it. */
public record AuditEntryView(
        Instant occurredAt, String actor, String action, String before, String after, String comment) {}
