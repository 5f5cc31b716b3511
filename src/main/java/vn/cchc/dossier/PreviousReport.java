package vn.cchc.dossier;

/** The unit's previous report of the same period kind, whose rows the carried-over rule compares against. */
public record PreviousReport(long id, String periodTitle) {}
