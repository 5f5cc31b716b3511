package vn.cchc.dossier;

/** The figure columns of Biểu 06: their number on the form (3)…(13) and their name in the API and database. */
public enum DossierColumn {
    RECEIVED_TOTAL(3, "receivedTotal", "received_total"),
    RECEIVED_ONLINE(4, "receivedOnline", "received_online"),
    RECEIVED_DIRECT(5, "receivedDirect", "received_direct"),
    RECEIVED_CARRIED_OVER(6, "receivedCarriedOver", "received_carried_over"),
    RESOLVED_TOTAL(7, "resolvedTotal", "resolved_total"),
    RESOLVED_EARLY(8, "resolvedEarly", "resolved_early"),
    RESOLVED_ON_TIME(9, "resolvedOnTime", "resolved_on_time"),
    RESOLVED_LATE(10, "resolvedLate", "resolved_late"),
    PENDING_TOTAL(11, "pendingTotal", "pending_total"),
    PENDING_ON_TIME(12, "pendingOnTime", "pending_on_time"),
    PENDING_OVERDUE(13, "pendingOverdue", "pending_overdue");

    private final int number;
    private final String property;
    private final String sqlColumn;

    DossierColumn(int number, String property, String sqlColumn) {
        this.number = number;
        this.property = property;
        this.sqlColumn = sqlColumn;
    }

    /** The column's number on the official form: (3) … (13). */
    public int number() {
        return number;
    }

    /** The JSON/form property: receivedTotal … */
    public String property() {
        return property;
    }

    public String sqlColumn() {
        return sqlColumn;
    }

    /** The column printed as (n) on the form: 3 … 13. */
    public static DossierColumn byNumber(int number) {
        if (number < 3 || number > 13) throw new IllegalArgumentException("no column (" + number + ")");
        return values()[number - 3];
    }

    /** Messages key of the column's Vietnamese name. */
    public String messageKey() {
        return "dossier.col." + number;
    }
}
