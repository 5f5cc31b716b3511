package vn.cchc.report;

import java.time.Instant;

/** One step of a report's timeline: who moved it from which status to which, on which version, and why. */
public record ReportTransition(
        long id,
        long reportId,
        int revision,
        WorkflowAction action,
        ReportStatus from,
        ReportStatus to,
        String actor,
        String actorName,
        String actorRole,
        String comment,
        boolean late,
        Instant occurredAt) {}
