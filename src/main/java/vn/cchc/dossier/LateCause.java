package vn.cchc.dossier;

/**
 * A cause of lateness of a Biểu 06 row: {@code count} late dossiers for {@code reason}, with a free-text
 * {@code note} (required for {@link Reason#OTHER}). Printed under the table: «Nguyên nhân quá hạn: …».
 */
public record LateCause(Reason reason, Integer count, String note) {

    /** The short list communes give; messages {@code dossier.late.reason.*}. */
    public enum Reason {
        SUPPLEMENT,
        COORDINATION,
        VERIFICATION,
        WORKLOAD,
        SYSTEM,
        OTHER;

        public String messageKey() {
            return "dossier.late.reason." + name();
        }
    }

    public static final int MAX_NOTE = 300;
    public static final int MAX_PER_ROW = 10;

    public LateCause {
        note = note == null || note.isBlank() ? null : note.trim();
    }
}
