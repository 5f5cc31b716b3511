package vn.cchc.signing;

import java.time.Instant;

/** What the administrator sees of a unit's keystore (never the key or its password). */
public record KeystoreSummary(
        long orgUnitId,
        String chairmanSubject,
        String organisationSubject,
        Instant notAfter,
        boolean demo,
        String updatedBy,
        Instant updatedAt) {}
