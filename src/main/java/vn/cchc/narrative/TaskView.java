package vn.cchc.narrative;

import java.time.LocalDate;

/** A task for the composer (appendix), the checks and the pages; {@code status} a {@link TaskStatus} name. */
public record TaskView(
        Long id,
        int position,
        String assignedBy,
        String sourceDocument,
        String content,
        LocalDate deadline,
        String status,
        String result,
        long version) {}
