package vn.cchc.procedure;

import java.util.List;

/** A report's catalogue: the four levels in order and the detail entries. */
public record ProcedureCatalogView(List<LevelCounts> levels, List<ProcedureEntryView> entries) {}
