package vn.cchc.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The report as it is printed: everything the renderers need and nothing they must look up. The composer
 * builds it from the records; a signed report keeps the model it was signed with.
 *
 * @param letterhead   the Decree 30 header
 * @param typeTitle    the document type in capitals ("BÁO CÁO")
 * @param summaryLines the summary (trích yếu), one element per printed line
 * @param periodLine   "(từ ngày 10/12/2022 đến ngày 09/12/2023)"
 * @param body         the body blocks in reading order
 * @param signature    the signature block
 * @param recipients   the "Nơi nhận:" list, one element per line as printed ("- UBND huyện;")
 * @param appendix     the appendix, or null for none
 * @param furtherAppendices appendices after it, each on its own page (none for a commune's report)
 */
public record ReportDocument(
        Letterhead letterhead,
        String typeTitle,
        List<String> summaryLines,
        String periodLine,
        List<Block> body,
        Signature signature,
        List<String> recipients,
        Appendix appendix,
        List<Appendix> furtherAppendices) {

    public ReportDocument(
            Letterhead letterhead,
            String typeTitle,
            List<String> summaryLines,
            String periodLine,
            List<Block> body,
            Signature signature,
            List<String> recipients,
            Appendix appendix) {
        this(letterhead, typeTitle, summaryLines, periodLine, body, signature, recipients, appendix, List.of());
    }

    public ReportDocument {
        Objects.requireNonNull(letterhead, "letterhead is required");
        Require.text(typeTitle, "typeTitle");
        summaryLines = Require.lines(summaryLines, "summaryLines");
        if (summaryLines.isEmpty()) {
            throw new IllegalArgumentException("summaryLines must not be empty");
        }
        Require.text(periodLine, "periodLine");
        body = List.copyOf(Objects.requireNonNull(body, "body is required"));
        Objects.requireNonNull(signature, "signature is required");
        recipients = Require.lines(recipients, "recipients");
        furtherAppendices = furtherAppendices == null ? List.of() : List.copyOf(furtherAppendices);
    }

    public boolean hasAppendix() {
        return appendix != null || !furtherAppendices.isEmpty();
    }

    /** Every appendix in print order. */
    public List<Appendix> appendices() {
        List<Appendix> all = new ArrayList<>();
        if (appendix != null) all.add(appendix);
        all.addAll(furtherAppendices);
        return all;
    }

    /** "Phụ lục" for a single appendix, "Phụ lục I", "Phụ lục II"… when there are several. */
    public static String appendixLabel(int index, int count) {
        String[] roman = {"I", "II", "III", "IV", "V", "VI"};
        return count <= 1 ? "Phụ lục" : "Phụ lục " + roman[Math.min(index, roman.length - 1)];
    }
}
