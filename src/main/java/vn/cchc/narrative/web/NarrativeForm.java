package vn.cchc.narrative.web;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.narrative.SectionText;

/** The narrative page: one row per section code. */
public class NarrativeForm {

    private List<Row> rows = new ArrayList<>();

    static NarrativeForm of(List<SectionText> sections) {
        NarrativeForm f = new NarrativeForm();
        for (SectionText s : sections) {
            Row r = new Row();
            r.setCode(s.sectionCode());
            r.setBody(s.body());
            r.setVersion(s.version());
            f.rows.add(r);
        }
        return f;
    }

    List<SectionText> toInput() {
        return rows.stream()
                .filter(r -> r.getCode() != null)
                .map(r -> new SectionText(r.getCode(), r.getBody(), r.getVersion()))
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
        private String body;
        private Long version;

        public String getCode() {
            return code;
        }

        public void setCode(String v) {
            code = v;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String v) {
            body = v;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long v) {
            version = v;
        }
    }
}
