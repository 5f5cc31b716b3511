package vn.cchc.rendering;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One row of the one-stop dossier table. Figures are nullable: null means "not reported" and prints as
 * an empty cell, never as 0. The renderer prints the figures as given; the arithmetic is checked elsewhere.
 *
 * @param number the row number as printed ("01")
 * @param label  the unit, authority level or field ("Liên Mạc")
 */
public record DossierRow(String number, String label,
                         Long receivedTotal, Long receivedOnline, Long receivedDirect, Long receivedCarriedOver,
                         Long resolvedTotal, Long resolvedEarly, Long resolvedOnTime, Long resolvedLate,
                         Long pendingTotal, Long pendingOnTime, Long pendingOverdue) {

    /** Number of figure columns, (3) to (13). */
    public static final int FIGURE_COUNT = 11;

    public DossierRow {
        number = number == null ? "" : number;
        Require.text(label, "dossier row label");
    }

    /** A row from its 11 figures in column order (3)..(13); any of them may be null. */
    public static DossierRow of(String number, String label, Long... figures) {
        if (figures.length != FIGURE_COUNT) {
            throw new IllegalArgumentException("a dossier row has " + FIGURE_COUNT + " figures, got " + figures.length);
        }
        Long[] f = figures;
        return new DossierRow(number, label, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]);
    }

    /** The 11 figures in column order (3)..(13); elements may be null. */
    public List<Long> figures() {
        return Collections.unmodifiableList(Arrays.asList(receivedTotal, receivedOnline, receivedDirect,
                receivedCarriedOver, resolvedTotal, resolvedEarly, resolvedOnTime, resolvedLate,
                pendingTotal, pendingOnTime, pendingOverdue));
    }
}
