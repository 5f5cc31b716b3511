package vn.cchc.composition.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import vn.cchc.period.ReportKind.Heading;

/**
 * Numbers the headings a report keeps after empty sections were left out, so I, II, III… and 1., 2.… stay continuous:
 * each heading keeps the style of its outline number (Roman «II.», Arabic «2.», dotted «2.1.», letter «a)») and
 * counts among the kept headings under the same parent. An empty number stays empty and counts for nothing.
 */
public final class HeadingNumbers {

    private static final String[] ROMAN = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String LETTERS = "abcdđeghiklmnopqrstuvxy";

    private HeadingNumbers() {}

    /** The new numbers of {@code kept}, in order. */
    public static List<String> renumber(List<Heading> kept) {
        List<String> out = new ArrayList<>();
        // the open ancestors of the current heading, each with its new number and how many children it has had
        Deque<Node> open = new ArrayDeque<>();
        int roots = 0;
        for (Heading h : kept) {
            while (!open.isEmpty() && !isChild(open.peek().heading, h)) open.pop();
            String number;
            if (h.number().isEmpty()) {
                number = "";
            } else {
                int n = open.isEmpty() ? ++roots : ++open.peek().children;
                number = format(h.number(), n, open.isEmpty() ? "" : open.peek().number);
            }
            out.add(number);
            open.push(new Node(h, number));
        }
        return out;
    }

    /** The same rule as the composer's: a deeper level, or the same level with a longer number that extends it. */
    public static boolean isChild(Heading parent, Heading next) {
        if (next.level() > parent.level()) return true;
        return next.level() == parent.level()
                && !parent.number().isEmpty()
                && next.number().startsWith(parent.number())
                && next.number().length() > parent.number().length();
    }

    static String format(String original, int n, String parentNumber) {
        if (original.matches("[IVXLCDM]+\\.")) return roman(n) + ".";
        if (original.matches("[a-zđ]\\)"))
            return (n <= LETTERS.length() ? String.valueOf(LETTERS.charAt(n - 1)) : "z" + n) + ")";
        if (original.matches("(\\d+\\.){2,}")) {
            String prefix = parentNumber.matches("(\\d+\\.)+")
                    ? parentNumber
                    : original.substring(0, original.lastIndexOf('.', original.length() - 2) + 1);
            return prefix + n + ".";
        }
        if (original.matches("\\d+\\.")) return n + ".";
        return original; // a number of another shape is kept as written
    }

    private static String roman(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < ROMAN.length; i++) {
            while (n >= ROMAN_VALUES[i]) {
                s.append(ROMAN[i]);
                n -= ROMAN_VALUES[i];
            }
        }
        return s.toString();
    }

    private static final class Node {
        final Heading heading;
        final String number;
        int children;

        Node(Heading heading, String number) {
            this.heading = heading;
            this.number = number;
        }
    }
}
