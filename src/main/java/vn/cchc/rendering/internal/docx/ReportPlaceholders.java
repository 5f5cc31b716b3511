package vn.cchc.rendering.internal.docx;

import java.util.Set;
import vn.cchc.rendering.Letterhead;
import vn.cchc.rendering.ReportDocument;
import vn.cchc.rendering.VnFormat;
import vn.cchc.rendering.internal.Texts;

/** The placeholders a report template may use, and their values for one report. */
public final class ReportPlaceholders {

    /** Text and picture placeholders. */
    public static final Set<String> NAMES = Set.of(
            "governingBody",
            "issuingBody",
            "numberSymbol",
            "placeName",
            "date",
            "dateText",
            "typeTitle",
            "summaryLines",
            "periodLine",
            "recipients",
            "signatureAuthority",
            "signatureTitle",
            "signatureName",
            "signatureImage");

    /** Block markers: paragraphs replaced by generated content. */
    public static final String BODY = "body";

    public static final String APPENDIX = "appendix";
    public static final Set<String> BLOCKS = Set.of(BODY, APPENDIX);

    private ReportPlaceholders() {}

    public static PlaceholderValues of(ReportDocument document) {
        Letterhead head = document.letterhead();
        return new PlaceholderValues(NAMES)
                .text("governingBody", nfc(head.governingBody()))
                .text("issuingBody", nfc(head.issuingBody()))
                .text("numberSymbol", nfc(head.numberSymbol()))
                .text("placeName", nfc(head.placeName()))
                .text("date", VnFormat.date(head.date()))
                .text("dateText", head.dateText())
                .text("typeTitle", nfc(document.typeTitle()))
                .text("summaryLines", nfc(String.join("\n", document.summaryLines())))
                .text("periodLine", nfc(document.periodLine()))
                .text("recipients", nfc(String.join("\n", document.recipients())))
                .text("signatureAuthority", nfc(document.signature().authority()))
                .text("signatureTitle", nfc(document.signature().title()))
                .text("signatureName", nfc(document.signature().name()))
                .picture("signatureImage", document.signature().image());
    }

    private static String nfc(String text) {
        return text == null ? null : Texts.nfc(text);
    }
}
