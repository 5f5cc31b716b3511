package vn.cchc.procedure.web;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.procedure.AuthorityLevel;
import vn.cchc.procedure.LevelCounts;
import vn.cchc.procedure.ProcedureCatalogView;

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

    public List<LevelForm> getLevels() { return levels; }
    public void setLevels(List<LevelForm> levels) { this.levels = levels; }

    public static class LevelForm {
        private AuthorityLevel level;
        private String fields;
        private String procedures;
        private long version;

        public AuthorityLevel getLevel() { return level; }
        public void setLevel(AuthorityLevel level) { this.level = level; }
        public String getFields() { return fields; }
        public void setFields(String fields) { this.fields = fields; }
        public String getProcedures() { return procedures; }
        public void setProcedures(String procedures) { this.procedures = procedures; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }
}
