package vn.cchc.procedure;

/**
 * The counts of one level as entered (null = not reported) with the version they were read at (0 when the
 * level has no counts yet); also what {@link ProcedureCatalog#get} returns, with the detail counts.
 */
public record LevelCounts(
        AuthorityLevel level,
        Integer fields,
        Integer procedures,
        long version,
        int detailFields,
        int detailProcedures) {

    public static LevelCounts input(AuthorityLevel level, Integer fields, Integer procedures, long version) {
        return new LevelCounts(level, fields, procedures, version, 0, 0);
    }

    public boolean hasDetails() {
        return detailProcedures > 0;
    }
}
