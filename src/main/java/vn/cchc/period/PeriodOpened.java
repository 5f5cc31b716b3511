package vn.cchc.period;

/** A period was opened (or opened again): the reports of the units it applies to are due. */
public record PeriodOpened(long periodId) {}
