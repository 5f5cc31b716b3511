package vn.cchc.dossier.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.cchc.dossier.DossierCells;
import vn.cchc.dossier.DossierColumn;
import vn.cchc.dossier.DossierGroupKind;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.dossier.DossierRules;
import vn.cchc.dossier.LateCause;
import vn.cchc.indicator.Qualifier;
import vn.cchc.procedure.AuthorityLevel;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.VnFormat;
import vn.cchc.spreadsheet.CountParser;

/** The page's form: the version it was opened at and the rows as typed (texts, so «abc» can be shown back). */
public class DossierForm {

    private long version;
    private List<RowForm> rows = new ArrayList<>();

    public static DossierForm of(long version, List<DossierRowView> views, VnFormat fmt) {
        DossierForm f = new DossierForm();
        f.version = version;
        for (DossierRowView v : views) {
            RowForm r = new RowForm();
            r.setLabel(v.label());
            r.setGroupKind(v.groupKind());
            r.setCombined(v.earlyOnTimeCombined());
            r.setAuthorityLevel(v.authorityLevel());
            for (LateCause c : v.lateCauses()) {
                r.getLateCauses().add(new CauseForm(c.reason().name(), fmt.number(c.count()), c.note()));
            }
            List<String> values = new ArrayList<>();
            // «gần 2.840» is shown back as typed; exact figures as 2.579
            for (DossierColumn c : DossierColumn.values()) values.add(DossierCells.printed(v, c));
            r.setValues(values);
            f.rows.add(r);
        }
        return f;
    }

    /** The typed rows as figures, or the cells that are not counts (each an error naming row, column and text). */
    public record Parameters(List<DossierRowView> rows, List<FieldViolation> errors) {}

    /**
     * Converts the typed texts; a text that is not a count («abc», «1,5») becomes an error on its cell and the row
     * keeps null there, so the rules can still judge what could be read.
     */
    public Parameters toParameters(DossierRules rules) {
        List<DossierRowView> out = new ArrayList<>();
        List<FieldViolation> errors = new ArrayList<>();
        DossierColumn[] cols = DossierColumn.values();
        for (int i = 0; i < rows.size(); i++) {
            RowForm r = rows.get(i);
            Integer[] f = new Integer[cols.length];
            Map<DossierColumn, Qualifier> qualifiers = new EnumMap<>(DossierColumn.class);
            for (int c = 0; c < cols.length; c++) {
                String text = r.value(c).trim();
                String signless = text.startsWith("-") ? text.substring(1) : text;
                DossierCells.Parsed p = DossierCells.parse(signless);
                qualifiers.put(cols[c], p.qualifier());
                if (!p.valid()) {
                    errors.add(new FieldViolation(
                            "rows[" + i + "]." + cols[c].property(),
                            rules.message(
                                    "dossier.rule.notCount",
                                    rules.prefix(i + 1, r.getLabel()),
                                    "(" + cols[c].number() + ")",
                                    rules.name(cols[c]),
                                    text)));
                } else {
                    // the sign is kept so the rules can say «must not be negative» rather than «not a count»
                    f[c] = p.value() != null && text.startsWith("-") ? Integer.valueOf(-p.value()) : p.value();
                }
            }
            out.add(DossierRowView.of(r.getLabel(), r.getGroupKind(), f)
                    .withQualifiers(qualifiers)
                    .withCombined(r.isCombined())
                    .withLateCauses(r.causes())
                    .withAuthorityLevel(r.getAuthorityLevel()));
        }
        return new Parameters(out, errors);
    }

    /** Removes the cause lines left blank, so that error messages' cause numbers match the lines shown. */
    void dropBlankCauses() {
        for (RowForm r : rows) {
            if (r.lateCauses != null) r.lateCauses.removeIf(c -> c == null || c.isBlank());
            else r.lateCauses = new ArrayList<>();
        }
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<RowForm> getRows() {
        return rows;
    }

    public void setRows(List<RowForm> rows) {
        this.rows = rows;
    }

    /** One cause of lateness as typed: the reason's code from the list, the count as text («12»), a note. */
    public static class CauseForm {
        private String reason;
        private String count;
        private String note;

        public CauseForm() {}

        CauseForm(String reason, String count, String note) {
            this.reason = reason;
            this.count = count;
            this.note = note;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getCount() {
            return count;
        }

        public void setCount(String count) {
            this.count = count;
        }

        /** A line left as the page offers it (no reason, no count, no note): not a cause. */
        boolean isBlank() {
            return (reason == null || reason.isBlank())
                    && (count == null || count.isBlank())
                    && (note == null || note.isBlank());
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    public static class RowForm {
        private String label;
        private DossierGroupKind groupKind = DossierGroupKind.UNIT;
        private List<String> values = blank();
        /** «trước hạn và đúng hạn» reported as one figure, typed in (9). */
        private boolean combined;
        /** The level whose procedures the row counts; null when the table is not grouped by level. */
        private AuthorityLevel authorityLevel;

        public AuthorityLevel getAuthorityLevel() {
            return authorityLevel;
        }

        public void setAuthorityLevel(AuthorityLevel authorityLevel) {
            this.authorityLevel = authorityLevel;
        }
        /** Causes of lateness as typed; the page offers one blank line more than the row has. */
        private List<CauseForm> lateCauses = new ArrayList<>();

        public List<CauseForm> getLateCauses() {
            return lateCauses;
        }

        public void setLateCauses(List<CauseForm> lateCauses) {
            this.lateCauses = lateCauses;
        }

        /**
         * The typed causes, blank lines dropped; a count that is not a whole number («3,5», «abc») is kept as null,
         * which the rules refuse naming the row and the cause («số hồ sơ phải là số nguyên lớn hơn 0»).
         */
        List<LateCause> causes() {
            List<LateCause> out = new ArrayList<>();
            if (lateCauses == null) return out;
            for (CauseForm c : lateCauses) {
                if (c == null || c.isBlank()) continue;
                LateCause.Reason reason = Arrays.stream(LateCause.Reason.values())
                        .filter(x -> x.name().equals(c.getReason()))
                        .findFirst()
                        .orElse(null);
                out.add(new LateCause(reason, CountParser.parse(c.getCount()).value(), c.getNote()));
            }
            return out;
        }

        static List<String> blank() {
            List<String> v = new ArrayList<>();
            for (int i = 0; i < DossierColumn.values().length; i++) v.add("");
            return v;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public DossierGroupKind getGroupKind() {
            return groupKind;
        }

        public void setGroupKind(DossierGroupKind groupKind) {
            this.groupKind = groupKind;
        }

        public boolean isCombined() {
            return combined;
        }

        public void setCombined(boolean combined) {
            this.combined = combined;
        }

        public List<String> getValues() {
            return values;
        }

        public void setValues(List<String> values) {
            this.values = values;
        }

        String value(int i) {
            return values != null && i < values.size() && values.get(i) != null ? values.get(i) : "";
        }
    }
}
