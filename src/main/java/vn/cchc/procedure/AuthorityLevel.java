package vn.cchc.procedure;

/** Who decides a procedure received at the commune: the commune, the district, the province, a central vertical body. */
public enum AuthorityLevel {
    COMMUNE, DISTRICT, PROVINCE, CENTRAL_VERTICAL;

    public String messageKey() {
        return "procedure.level." + name();
    }
}
