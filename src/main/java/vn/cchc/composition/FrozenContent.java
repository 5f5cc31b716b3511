package vn.cchc.composition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.composition.internal.ReportRecords;
import vn.cchc.composition.internal.TokenResolver;
import vn.cchc.document.DocumentView;
import vn.cchc.dossier.DossierCells;
import vn.cchc.dossier.DossierColumn;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.rendering.ReportDocument;
import vn.cchc.rendering.VnFormat;

/**
 * What a signature freezes, as JSON shaped for comparing versions: lists carry natural keys (number/symbol,
 * indicator code, row label, section code) so the diff between two signed versions names what changed.
 */
final class FrozenContent {

    private FrozenContent() {}

    static Map<String, Object> of(ComposedReport composed) {
        ReportDocument d = composed.document();
        ReportRecords r = composed.records();
        Map<String, Object> content = new LinkedHashMap<>();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put(
                "letterhead",
                (d.letterhead().governingBody() == null ? "" : d.letterhead().governingBody() + " / ")
                        + d.letterhead().issuingBody());
        header.put("numberSymbol", d.letterhead().numberSymbol());
        header.put("reportDate", VnFormat.date(d.letterhead().date()));
        header.put("summaryLines", String.join(" / ", d.summaryLines()));
        header.put("signerAuthority", d.signature().authority());
        header.put("signerTitle", d.signature().title());
        header.put("signerName", d.signature().name());
        header.put("recipients", String.join(" ", d.recipients()));
        content.put("header", header);
        List<Map<String, Object>> sections = new ArrayList<>();
        composed.sectionTexts().forEach((code, text) -> sections.add(entry("sectionCode", code, "body", text)));
        content.put("sections", sections);
        List<Map<String, Object>> documents = new ArrayList<>();
        for (DocumentView doc : r.documents().values()) {
            documents.add(entry(
                    "numberSymbol",
                    doc.numberSymbol(),
                    "issuedOn",
                    doc.issuedOn() == null ? "" : VnFormat.date(doc.issuedOn()),
                    "summary",
                    doc.summary() == null ? "" : doc.summary()));
        }
        content.put("documents", documents);
        List<Map<String, Object>> indicators = new ArrayList<>();
        r.indicators()
                .values()
                .forEach(
                        i -> indicators.add(entry("code", i.code(), "value", TokenResolver.formatIndicator(i, false))));
        content.put("indicators", indicators);
        List<Map<String, Object>> dossier = new ArrayList<>();
        for (DossierRowView row : r.dossierRows()) {
            Map<String, Object> m = entry("label", row.label());
            for (DossierColumn c : DossierColumn.values()) {
                m.put(c.property(), DossierCells.printed(row, c));
            }
            if (row.earlyOnTimeCombined()) m.put("earlyOnTimeCombined", true);
            dossier.add(m);
        }
        content.put("dossier", dossier);
        List<Map<String, Object>> procedures = new ArrayList<>();
        r.procedureSummary()
                .forEach((level, c) -> procedures.add(entry("code", level, "fields", c[0], "procedures", c[1])));
        content.put("procedures", procedures);
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (ReportRecords.Task t : r.tasks()) {
            tasks.add(entry(
                    "label",
                    t.content(),
                    "status",
                    ReportComposer.statusLabel(t.status()),
                    "result",
                    t.result() == null ? "" : t.result()));
        }
        content.put("tasks", tasks);
        return content;
    }

    private static Map<String, Object> entry(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
