package vn.cchc.dossier;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.cchc.indicator.Qualifier;
import vn.cchc.procedure.AuthorityLevel;

/**
 * One row of Biểu 06 with the columns (3)–(13); a null figure is "not reported". The one row type of the dossier
 * module: the page, the API, the checks, the composer and consolidation read it through {@link DossierQueries}.
 */
public record DossierRowView(
        String label,
        DossierGroupKind groupKind,
        Integer receivedTotal,
        Integer receivedOnline,
        Integer receivedDirect,
        Integer receivedCarriedOver,
        Integer resolvedTotal,
        Integer resolvedEarly,
        Integer resolvedOnTime,
        Integer resolvedLate,
        Integer pendingTotal,
        Integer pendingOnTime,
        Integer pendingOverdue,
        Map<DossierColumn, Qualifier> qualifiers,
        boolean earlyOnTimeCombined,
        List<LateCause> lateCauses,
        AuthorityLevel authorityLevel) {

    /**
     * {@code qualifiers}: the cells written «gần 2.840», «trên 100» …; EXACT entries are dropped, never null.
     * {@code earlyOnTimeCombined}: the unit reported «trước hạn và đúng hạn» as one figure, held in (9); (8) is empty.
     * {@code authorityLevel}: the level whose procedures the row counts, null when the table is not grouped by level
     * (sub-totals per level are computed by {@link DossierLevels}).
     */
    public DossierRowView {
        if (groupKind == null) groupKind = DossierGroupKind.UNIT;
        EnumMap<DossierColumn, Qualifier> q = new EnumMap<>(DossierColumn.class);
        if (qualifiers != null)
            qualifiers.forEach((c, v) -> {
                if (c != null && v != null && v != Qualifier.EXACT) q.put(c, v);
            });
        qualifiers = Collections.unmodifiableMap(q);
        lateCauses = lateCauses == null
                ? List.of()
                : lateCauses.stream().filter(Objects::nonNull).toList();
    }

    /** A row whose figures are all exact. */
    public DossierRowView(
            String label,
            DossierGroupKind groupKind,
            Integer receivedTotal,
            Integer receivedOnline,
            Integer receivedDirect,
            Integer receivedCarriedOver,
            Integer resolvedTotal,
            Integer resolvedEarly,
            Integer resolvedOnTime,
            Integer resolvedLate,
            Integer pendingTotal,
            Integer pendingOnTime,
            Integer pendingOverdue) {
        this(
                label,
                groupKind,
                receivedTotal,
                receivedOnline,
                receivedDirect,
                receivedCarriedOver,
                resolvedTotal,
                resolvedEarly,
                resolvedOnTime,
                resolvedLate,
                pendingTotal,
                pendingOnTime,
                pendingOverdue,
                null,
                false,
                null,
                null);
    }

    /** The qualifier of a cell: EXACT unless the clerk wrote «gần», «khoảng», «trên», «dưới» or «ít nhất». */
    public Qualifier qualifier(DossierColumn column) {
        return qualifiers.getOrDefault(column, Qualifier.EXACT);
    }

    /** True when the cell holds an estimate: the arithmetic cannot be held against it. */
    public boolean approximate(DossierColumn column) {
        return qualifiers.containsKey(column) && figure(column) != null;
    }

    /** The same row with these qualifiers. */
    public DossierRowView withQualifiers(Map<DossierColumn, Qualifier> q) {
        return new DossierRowView(
                label,
                groupKind,
                receivedTotal,
                receivedOnline,
                receivedDirect,
                receivedCarriedOver,
                resolvedTotal,
                resolvedEarly,
                resolvedOnTime,
                resolvedLate,
                pendingTotal,
                pendingOnTime,
                pendingOverdue,
                q,
                earlyOnTimeCombined,
                lateCauses,
                authorityLevel);
    }

    /** The same row, with (9) read as «trước hạn và đúng hạn» when {@code combined}. */
    public DossierRowView withCombined(boolean combined) {
        return new DossierRowView(
                label,
                groupKind,
                receivedTotal,
                receivedOnline,
                receivedDirect,
                receivedCarriedOver,
                resolvedTotal,
                resolvedEarly,
                resolvedOnTime,
                resolvedLate,
                pendingTotal,
                pendingOnTime,
                pendingOverdue,
                qualifiers,
                combined,
                lateCauses,
                authorityLevel);
    }

    /** The same row with these causes of lateness. */
    public DossierRowView withLateCauses(List<LateCause> causes) {
        return new DossierRowView(
                label,
                groupKind,
                receivedTotal,
                receivedOnline,
                receivedDirect,
                receivedCarriedOver,
                resolvedTotal,
                resolvedEarly,
                resolvedOnTime,
                resolvedLate,
                pendingTotal,
                pendingOnTime,
                pendingOverdue,
                qualifiers,
                earlyOnTimeCombined,
                causes,
                authorityLevel);
    }

    /** The same row counted under this authority level (null: the table is not grouped by level). */
    public DossierRowView withAuthorityLevel(AuthorityLevel level) {
        return new DossierRowView(
                label,
                groupKind,
                receivedTotal,
                receivedOnline,
                receivedDirect,
                receivedCarriedOver,
                resolvedTotal,
                resolvedEarly,
                resolvedOnTime,
                resolvedLate,
                pendingTotal,
                pendingOnTime,
                pendingOverdue,
                qualifiers,
                earlyOnTimeCombined,
                lateCauses,
                level);
    }

    /** The late dossiers the causes may explain: resolved late (10) + still overdue (13), blanks as 0. */
    public int lateCount() {
        return (resolvedLate == null ? 0 : resolvedLate) + (pendingOverdue == null ? 0 : pendingOverdue);
    }

    public Integer figure(DossierColumn column) {
        return switch (column) {
            case RECEIVED_TOTAL -> receivedTotal;
            case RECEIVED_ONLINE -> receivedOnline;
            case RECEIVED_DIRECT -> receivedDirect;
            case RECEIVED_CARRIED_OVER -> receivedCarriedOver;
            case RESOLVED_TOTAL -> resolvedTotal;
            case RESOLVED_EARLY -> resolvedEarly;
            case RESOLVED_ON_TIME -> resolvedOnTime;
            case RESOLVED_LATE -> resolvedLate;
            case PENDING_TOTAL -> pendingTotal;
            case PENDING_ON_TIME -> pendingOnTime;
            case PENDING_OVERDUE -> pendingOverdue;
        };
    }

    /** The figure of the column printed as (n) on the form, 3 … 13. */
    public Integer figure(int number) {
        return figure(DossierColumn.byNumber(number));
    }

    /** A row from a label, a kind and the 11 figures in column order (3)…(13). */
    public static DossierRowView of(String label, DossierGroupKind kind, Integer... f) {
        if (f.length != 11) throw new IllegalArgumentException("11 figures expected, got " + f.length);
        return new DossierRowView(label, kind, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]);
    }
}
