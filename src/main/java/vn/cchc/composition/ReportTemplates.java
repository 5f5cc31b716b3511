package vn.cchc.composition;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.cchc.period.ReportKind;
import vn.cchc.period.ReportKinds;
import vn.cchc.rendering.DocxReportRenderer;

/**
 * Which Word template a report renders with: an office's own (a classpath path from its supplement), else its
 * kind's — the administrator's upload, or the template the kind names in templates-docx/ — else the default CCHC
 * one. Renderers are cached by key; an upload changes the kind's version and so its key.
 */
@Component
class ReportTemplates {

    private static final String DEFAULT_NAME = "bao-cao-cchc.docx";
    private static final String UPLOADED = "kind:";

    private final ReportKinds kinds;
    private final DocxReportRenderer defaultRenderer;
    private final Map<String, DocxReportRenderer> cache = new ConcurrentHashMap<>();

    ReportTemplates(ReportKinds kinds, DocxReportRenderer defaultRenderer) {
        this.kinds = kinds;
        this.defaultRenderer = defaultRenderer;
    }

    /** The key a composed report carries: null for the default template. */
    static String keyOf(ReportKind kind) {
        if (kind.hasUploadedTemplate()) return UPLOADED + kind.getId() + ":" + kind.getVersion();
        if (kind.getTemplate() == null || DEFAULT_NAME.equals(kind.getTemplate())) return null;
        return "templates-docx/" + kind.getTemplate();
    }

    DocxReportRenderer rendererFor(String key) {
        if (key == null) return defaultRenderer;
        return cache.computeIfAbsent(key, k -> {
            if (!k.startsWith(UPLOADED)) return new DocxReportRenderer(DocxReportRenderer.readTemplate(k));
            long kindId = Long.parseLong(k.substring(UPLOADED.length(), k.lastIndexOf(':')));
            return kinds.uploadedTemplate(kindId).map(DocxReportRenderer::new).orElse(defaultRenderer);
        });
    }
}
