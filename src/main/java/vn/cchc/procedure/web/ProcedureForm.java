package vn.cchc.procedure.web;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.procedure.AuthorityLevel;
import vn.cchc.procedure.LevelCounts;
import vn.cchc.procedure.ProcedureCatalogView;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.Messages;
import vn.cchc.spreadsheet.CountParser;

/** The counts as typed, one line per authority level, with the version each was read at. */
public class ProcedureForm {

    private List<LevelForm> levels = new ArrayList<>();

    static ProcedureForm of(ProcedureCatalogView view) {
        ProcedureForm f = new ProcedureForm();
        for (LevelCounts c : view.levels()) {
            LevelForm l = new LevelForm();
            l.setLevel(c.level());
            l.setFields(c.fields() == null ? "" : String.valueOf(c.fields()));
            l.setProcedures(c.procedures() == null ? "" : String.valueOf(c.procedures()));
            l.setVersion(c.version());
            f.levels.add(l);
        }
        return f;
    }

    /** The counts as typed, converted; a text that is not a count is an error naming the level and the column. */
    public record Parameters(List<LevelCounts> counts, List<FieldViolation> errors) {}

    Parameters toParameters(Messages messages) {
        List<FieldViolation> errors = new ArrayList<>();
        List<LevelCounts> counts = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            LevelForm l = levels.get(i);
            if (l.getLevel() == null) continue;
            String level = messages.text(l.getLevel().messageKey());
            Integer fields = count(
                    messages,
                    l.getFields(),
                    "levels[" + i + "].fields",
                    level,
                    messages.text("procedure.word.fields"),
                    errors);
            Integer procedures = count(
                    messages,
                    l.getProcedures(),
                    "levels[" + i + "].procedures",
                    level,
                    messages.text("procedure.word.procedures"),
                    errors);
            counts.add(LevelCounts.input(l.getLevel(), fields, procedures, l.getVersion()));
        }
        return new Parameters(counts, errors);
    }

    /** The sign is kept so the rules can say «must not be negative» rather than «not a count». */
    private static Integer count(
            Messages messages, String text, String field, String level, String column, List<FieldViolation> errors) {
        String t = text == null ? "" : text.trim();
        boolean negative = t.startsWith("-");
        CountParser.Parsed p = CountParser.parse(negative ? t.substring(1) : t);
        if (!p.valid()) {
            errors.add(new FieldViolation(field, messages.text("procedure.rule.notCount", level, column, t)));
            return null;
        }
        return p.value() != null && negative ? Integer.valueOf(-p.value()) : p.value();
    }

    public List<LevelForm> getLevels() {
        return levels;
    }

    public void setLevels(List<LevelForm> levels) {
        this.levels = levels;
    }

    public static class LevelForm {
        private AuthorityLevel level;
        private String fields;
        private String procedures;
        private long version;

        public AuthorityLevel getLevel() {
            return level;
        }

        public void setLevel(AuthorityLevel level) {
            this.level = level;
        }

        public String getFields() {
            return fields;
        }

        public void setFields(String fields) {
            this.fields = fields;
        }

        public String getProcedures() {
            return procedures;
        }

        public void setProcedures(String procedures) {
            this.procedures = procedures;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }
}
