package vn.cchc.procedure;

/** One procedure of the detailed catalogue (from import): its level, field, code (may be empty) and name. */
public record ProcedureEntryView(AuthorityLevel level, String fieldName, String code, String name) {}
