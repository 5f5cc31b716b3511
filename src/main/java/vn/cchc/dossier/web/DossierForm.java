package vn.cchc.dossier.web;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.dossier.DossierColumn;
import vn.cchc.dossier.DossierGroupKind;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.shared.VnFormat;

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
            List<String> values = new ArrayList<>();
            for (DossierColumn c : DossierColumn.values()) values.add(fmt.number(v.figure(c)));
            r.setValues(values);
            f.rows.add(r);
        }
        return f;
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public List<RowForm> getRows() { return rows; }
    public void setRows(List<RowForm> rows) { this.rows = rows; }

    public static class RowForm {
        private String label;
        private DossierGroupKind groupKind = DossierGroupKind.UNIT;
        private List<String> values = blank();

        static List<String> blank() {
            List<String> v = new ArrayList<>();
            for (int i = 0; i < DossierColumn.values().length; i++) v.add("");
            return v;
        }

        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public DossierGroupKind getGroupKind() { return groupKind; }
        public void setGroupKind(DossierGroupKind groupKind) { this.groupKind = groupKind; }
        public List<String> getValues() { return values; }
        public void setValues(List<String> values) { this.values = values; }

        String value(int i) {
            return values != null && i < values.size() && values.get(i) != null ? values.get(i) : "";
        }
    }
}
