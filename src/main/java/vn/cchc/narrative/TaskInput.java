package vn.cchc.narrative;

import java.time.LocalDate;

/** A task as typed; {@code position} null keeps the current place (new tasks go last). */
public record TaskInput(
        Integer position,
        String assignedBy,
        String sourceDocument,
        String content,
        LocalDate deadline,
        String status,
        String result) {}
