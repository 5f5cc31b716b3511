package vn.cchc.indicator.web;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.indicator.IndicatorEntry;
import vn.cchc.indicator.ValueInput;

/** The whole figures page: one row per indicator. */
public class ValuesForm {

    private List<Row> rows = new ArrayList<>();

    static ValuesForm of(List<IndicatorEntry> entries) {
        ValuesForm f = new ValuesForm();
        for (IndicatorEntry e : entries) {
            Row r = new Row();
            r.setCode(e.code());
            r.setValue(e.value());
            r.setQualifier(e.qualifier());
            r.setNote(e.note());
            r.setVersion(e.version());
            f.rows.add(r);
        }
        return f;
    }

    List<ValueInput> toInputs() {
        return rows.stream()
                .filter(r -> r.getCode() != null)
                .map(r -> new ValueInput(r.getCode(), r.getValue(), r.getQualifier(), r.getNote(), r.getVersion()))
                .toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    public static class Row {
        private String code;
        private String value;
        private String qualifier;
        private String note;
        private Long version;

        public String getCode() {
            return code;
        }

        public void setCode(String v) {
            code = v;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String v) {
            value = v;
        }

        public String getQualifier() {
            return qualifier;
        }

        public void setQualifier(String v) {
            qualifier = v;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String v) {
            note = v;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long v) {
            version = v;
        }
    }
}
