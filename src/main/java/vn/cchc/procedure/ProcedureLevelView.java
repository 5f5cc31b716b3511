package vn.cchc.procedure;

/** Number of fields and procedures of one authority level (reference: COMMUNE 33 / 122). */
public record ProcedureLevelView(AuthorityLevel level, int fields, int procedures) {}
