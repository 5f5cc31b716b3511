package vn.cchc.rendering;

import java.util.ArrayList;
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
public record DossierRow(
        String number,
        String label,
        Long receivedTotal,
        Long receivedOnline,
        Long receivedDirect,
        Long receivedCarriedOver,
        Long resolvedTotal,
        Long resolvedEarly,
        Long resolvedOnTime,
        Long resolvedLate,
        Long pendingTotal,
        Long pendingOnTime,
        Long pendingOverdue,
        List<String> qualifierWords,
        boolean earlyOnTimeCombined,
        boolean emphasis) {

    /** Number of figure columns, (3) to (13). */
    public static final int FIGURE_COUNT = 11;

    /**
     * {@code qualifierWords}: per figure column, the word printed before the figure («gần»), "" for none.
     * {@code earlyOnTimeCombined}: {@code resolvedOnTime} is «trước hạn và đúng hạn» as one figure, printed across
     * (8) and (9); {@code resolvedEarly} is then not printed. {@code emphasis}: a total or sub-total line (by
     * authority level), printed bold as the official form prints them.
     */
    public DossierRow {
        number = number == null ? "" : number;
        Require.text(label, "dossier row label");
        List<String> words = new ArrayList<>(Collections.nCopies(FIGURE_COUNT, ""));
        if (qualifierWords != null) {
            for (int i = 0; i < Math.min(FIGURE_COUNT, qualifierWords.size()); i++) {
                words.set(
                        i,
                        qualifierWords.get(i) == null
                                ? ""
                                : qualifierWords.get(i).trim());
            }
        }
        qualifierWords = Collections.unmodifiableList(words);
    }

    public DossierRow(
            String number,
            String label,
            Long receivedTotal,
            Long receivedOnline,
            Long receivedDirect,
            Long receivedCarriedOver,
            Long resolvedTotal,
            Long resolvedEarly,
            Long resolvedOnTime,
            Long resolvedLate,
            Long pendingTotal,
            Long pendingOnTime,
            Long pendingOverdue) {
        this(
                number,
                label,
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
                false);
    }

    /** The same row with these qualifier words (11, column order (3)..(13)). */
    public DossierRow withQualifierWords(List<String> words) {
        return new DossierRow(
                number,
                label,
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
                words,
                earlyOnTimeCombined,
                emphasis);
    }

    /** The same row with (8) and (9) reported as one figure (held in {@code resolvedOnTime}) when {@code combined}. */
    public DossierRow withEarlyOnTimeCombined(boolean combined) {
        return new DossierRow(
                number,
                label,
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
                qualifierWords,
                combined,
                emphasis);
    }

    /** The same row printed bold (a total or sub-total line) when {@code bold}. */
    public DossierRow withEmphasis(boolean bold) {
        return new DossierRow(
                number,
                label,
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
                qualifierWords,
                earlyOnTimeCombined,
                bold);
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
        return Collections.unmodifiableList(Arrays.asList(
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
                pendingOverdue));
    }
}
