package vn.cchc.rendering;

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
 */
public record ReportDocument(Letterhead letterhead, String typeTitle, List<String> summaryLines,
                             String periodLine, List<Block> body, Signature signature,
                             List<String> recipients, Appendix appendix) {

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
    }

    public boolean hasAppendix() {
        return appendix != null;
    }
}
