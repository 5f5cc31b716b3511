package vn.cchc.consolidation;

import java.util.Arrays;
import java.util.List;

/**
 * The eleven one-stop figures (3)–(13) of Biểu 06/VPCP/KSTT; each may be {@code null} (not reported / unknown).
 * Index 0 is column (3) received total, … index 10 is column (13) pending overdue.
 */
public final class Figures {

    public static final int COUNT = 11;
    /** JSON field names, in column order (3)…(13). */
    public static final List<String> NAMES = List.of(
            "receivedTotal",
            "receivedOnline",
            "receivedDirect",
            "receivedCarriedOver",
            "resolvedTotal",
            "resolvedEarly",
            "resolvedOnTime",
            "resolvedLate",
            "pendingTotal",
            "pendingOnTime",
            "pendingOverdue");

    private static final Figures EMPTY = new Figures(new Long[COUNT]);

    private final Long[] values;

    private Figures(Long[] values) {
        this.values = values;
    }

    public static Figures of(Long... values) {
        if (values.length != COUNT) throw new IllegalArgumentException("need " + COUNT + " figures");
        return new Figures(values.clone());
    }

    public static Figures empty() {
        return EMPTY;
    }

    public Long get(int index) {
        return values[index];
    }

    public boolean isEmpty() {
        return Arrays.stream(values).allMatch(v -> v == null);
    }

    /**
     * Column-wise sum where an unknown figure makes the sum unknown: the total of a column is {@code null} as soon
     * as one summed figure of that column is {@code null}.
     */
    public static Figures sum(List<Figures> parts) {
        Long[] out = new Long[COUNT];
        for (int i = 0; i < COUNT; i++) {
            long s = 0;
            boolean known = true;
            for (Figures f : parts) {
                if (f.values[i] == null) {
                    known = false;
                    break;
                }
                s += f.values[i];
            }
            out[i] = known ? s : null;
        }
        return new Figures(out);
    }

    /** Online share (4)/(3) in percent, or null when unknown or (3) = 0. */
    public Double onlineShare() {
        return ratio(values[1], values[0]);
    }

    /** On-time share ((8)+(9))/(7) in percent, or null when unknown or (7) = 0. */
    public Double onTimeShare() {
        if (values[5] == null || values[6] == null) return null;
        return ratio(values[5] + values[6], values[4]);
    }

    static Double ratio(Long part, Long whole) {
        if (part == null || whole == null || whole == 0) return null;
        return Math.round(part * 10000.0 / whole) / 100.0;
    }

    public List<Long> asList() {
        return Arrays.asList(values.clone());
    }

    public Long receivedTotal() {
        return values[0];
    }

    public Long receivedOnline() {
        return values[1];
    }

    public Long receivedDirect() {
        return values[2];
    }

    public Long receivedCarriedOver() {
        return values[3];
    }

    public Long resolvedTotal() {
        return values[4];
    }

    public Long resolvedEarly() {
        return values[5];
    }

    public Long resolvedOnTime() {
        return values[6];
    }

    public Long resolvedLate() {
        return values[7];
    }

    public Long pendingTotal() {
        return values[8];
    }

    public Long pendingOnTime() {
        return values[9];
    }

    public Long pendingOverdue() {
        return values[10];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figures f && Arrays.equals(values, f.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
