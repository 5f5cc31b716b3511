package vn.cchc.rendering.internal.html;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import vn.cchc.rendering.Appendix;
import vn.cchc.rendering.Block;
import vn.cchc.rendering.DossierRow;
import vn.cchc.rendering.Letterhead;
import vn.cchc.rendering.ParagraphStyle;
import vn.cchc.rendering.ReportDocument;
import vn.cchc.rendering.Signature;
import vn.cchc.rendering.internal.DossierTableLayout;
import vn.cchc.rendering.internal.DossierTableLayout.HeaderCell;
import vn.cchc.rendering.internal.HeadingText;
import vn.cchc.rendering.internal.Texts;

/**
 * A self-contained HTML fragment that looks like the paper page: an A4-wide sheet, Times, the letterhead
 * table, the body, Biểu 06 and the signature block; the appendix on a second sheet. The styles are scoped
 * to {@code .cchc-report} so that the fragment can sit inside any page of the application.
 */
public final class HtmlReportWriter {

    private static final String STYLE = """
            <style>
            .cchc-report{background:#e9e9e9;padding:12px 0;color:#000}
            .cchc-report .sheet{box-sizing:border-box;width:210mm;max-width:100%;min-height:297mm;margin:0 auto 12px;\
            padding:20mm 15mm 20mm 30mm;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.3);\
            font-family:'Times New Roman','Liberation Serif',Times,serif;font-size:14pt;line-height:1.15}
            .cchc-report p{margin:0}
            .cchc-report .head{width:100%;border-collapse:collapse;table-layout:fixed}
            .cchc-report .head td{vertical-align:top;text-align:center;padding:0 1mm}
            .cchc-report .head .left{width:39.4%}
            .cchc-report .s13{font-size:13pt}
            .cchc-report .b{font-weight:bold}
            .cchc-report .i{font-style:italic}
            .cchc-report .rule{border-top:1px solid #000;margin:5px auto 0;height:0}
            .cchc-report .title{text-align:center;font-weight:bold}
            .cchc-report .subtitle{text-align:center;font-style:italic}
            .cchc-report .body p,.cchc-report .body h2,.cchc-report .body h3,.cchc-report .body h4{font-size:14pt;\
            text-align:justify;text-indent:1.27cm;margin:0 0 6pt;line-height:1.32}
            .cchc-report .body h2{font-weight:bold;margin-top:6pt}
            .cchc-report .body h3{font-weight:bold}
            .cchc-report .body h4{font-weight:normal}
            .cchc-report .body p.note{font-style:italic}
            .cchc-report .body p.caption{text-align:center;text-indent:0;font-weight:bold;margin:0 0 3pt}
            .cchc-report table.grid{width:100%;border-collapse:collapse;table-layout:fixed;margin:3pt 0 6pt}
            .cchc-report table.grid th,.cchc-report table.grid td{border:1px solid #000;padding:1px 2px;font-size:12pt;\
            text-align:center;vertical-align:middle}
            .cchc-report table.grid th{font-size:11pt}
            .cchc-report table.grid td.l{text-align:left}
            .cchc-report table.appendix td{vertical-align:top}
            .cchc-report table.grid tr.numbers td{font-style:italic;font-size:11pt}
            .cchc-report table.sign{width:100%;border-collapse:collapse;table-layout:fixed;margin-top:6pt}
            .cchc-report table.sign td{vertical-align:top;padding:0 1mm}
            .cchc-report .recipients{font-size:11pt}
            .cchc-report .to{font-size:12pt;font-weight:bold;font-style:italic}
            .cchc-report .signer{text-align:center;font-weight:bold}
            .cchc-report .room{height:4.6em}
            .cchc-report .room img{max-height:25mm;max-width:50mm}
            </style>
            """;

    private final StringBuilder out = new StringBuilder(64 * 1024);

    public static String write(ReportDocument report) {
        return new HtmlReportWriter().report(report);
    }

    private String report(ReportDocument report) {
        out.append("<div class=\"cchc-report\" lang=\"vi\">\n").append(STYLE);
        out.append("<div class=\"sheet\">\n");
        letterhead(report.letterhead());
        out.append("<p class=\"title\" style=\"margin-top:14pt\">")
                .append(Html.text(report.typeTitle()))
                .append("</p>\n");
        for (String line : report.summaryLines()) {
            out.append("<p class=\"title\">").append(Html.text(line)).append("</p>\n");
        }
        out.append("<p class=\"subtitle\">")
                .append(Html.text(report.periodLine()))
                .append("</p>\n");
        out.append("<div class=\"rule\" style=\"width:3cm;margin-bottom:12pt;margin-top:6pt\"></div>\n");
        out.append("<div class=\"body\">\n");
        for (Block block : report.body()) {
            block(block);
        }
        out.append("</div>\n");
        signature(report.signature(), report.recipients());
        out.append("</div>\n");
        List<Appendix> all = report.appendices();
        for (int i = 0; i < all.size(); i++) {
            appendix(all.get(i), ReportDocument.appendixLabel(i, all.size()));
        }
        out.append("</div>\n");
        return out.toString();
    }

    private void letterhead(Letterhead head) {
        out.append("<table class=\"head\"><tr><td class=\"left s13\">");
        String governing = head.governingBody() == null ? "&nbsp;" : Html.text(head.governingBody());
        out.append("<p>").append(governing).append("</p>");
        out.append("<p class=\"b\">").append(Html.text(head.issuingBody())).append("</p>");
        out.append("<div class=\"rule\" style=\"width:2cm\"></div>");
        out.append("</td><td>");
        out.append("<p class=\"b s13\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>");
        out.append("<p class=\"b\" style=\"display:inline-block;border-bottom:1px solid #000;padding-bottom:1px\">")
                .append("Độc lập - Tự do - Hạnh phúc</p>");
        out.append("</td></tr>\n<tr><td class=\"left s13\" style=\"padding-top:8pt\">")
                .append(Html.text(head.numberLine()));
        out.append("</td><td class=\"i\" style=\"padding-top:8pt\">").append(Html.text(head.placeDateLine()));
        out.append("</td></tr></table>\n");
    }

    private void block(Block block) {
        if (block instanceof Block.Heading heading) {
            String tag = "h" + (heading.level() + 1);
            out.append('<')
                    .append(tag)
                    .append('>')
                    .append(Html.text(HeadingText.of(heading)))
                    .append("</")
                    .append(tag)
                    .append(">\n");
        } else if (block instanceof Block.Paragraph paragraph) {
            out.append(paragraph.style() == ParagraphStyle.NOTE ? "<p class=\"note\">" : "<p>")
                    .append(Html.text(paragraph.style().marker() + paragraph.text()))
                    .append("</p>\n");
        } else if (block instanceof Block.DossierTable table) {
            dossier(table);
        }
    }

    private void dossier(Block.DossierTable table) {
        if (table.caption() != null) {
            out.append("<p class=\"caption\">")
                    .append(Html.text(table.caption()))
                    .append("</p>\n");
        }
        out.append("<table class=\"grid dossier\"><colgroup>");
        for (float width : DossierTableLayout.relativeWidths()) {
            out.append("<col style=\"width:")
                    .append(String.format(Locale.ROOT, "%.2f", width / 93.54f))
                    .append("%\">");
        }
        out.append("</colgroup>\n<thead>\n");
        List<HeaderCell> cells = DossierTableLayout.headerCells(table.labelHeader());
        for (int r = 0; r < DossierTableLayout.HEADER_ROWS; r++) {
            out.append("<tr>");
            for (HeaderCell cell : DossierTableLayout.headerRow(cells, r)) {
                out.append("<th");
                if (cell.rowSpan() > 1) {
                    out.append(" rowspan=\"").append(cell.rowSpan()).append('"');
                }
                if (cell.colSpan() > 1) {
                    out.append(" colspan=\"").append(cell.colSpan()).append('"');
                }
                out.append('>').append(Html.text(cell.text())).append("</th>");
            }
            out.append("</tr>\n");
        }
        out.append("<tr class=\"numbers\">");
        for (String label : DossierTableLayout.numberingRow()) {
            out.append("<td>").append(label).append("</td>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (DossierRow row : table.rows()) {
            out.append("<tr>");
            List<String> values = DossierTableLayout.cells(row);
            int[] spans = DossierTableLayout.spans(row);
            for (int c = 0; c < values.size(); c++) {
                if (spans[c] == 0) continue;
                String open = c == 1 ? "<td class=\"l\">" : spans[c] > 1 ? "<td colspan=\"" + spans[c] + "\">" : "<td>";
                String text = Html.text(values.get(c));
                out.append(open)
                        .append(row.emphasis() && !text.isEmpty() ? "<strong>" + text + "</strong>" : text)
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private void signature(Signature signature, List<String> recipients) {
        out.append("<table class=\"sign\"><tr><td style=\"width:43.9%\">");
        out.append("<p class=\"to\">Nơi nhận:</p><div class=\"recipients\">");
        for (String recipient : recipients) {
            out.append("<p>").append(Html.text(recipient)).append("</p>");
        }
        out.append("</div></td><td class=\"signer\">");
        out.append("<p>").append(Html.text(signature.authority())).append("</p>");
        out.append("<p>").append(Html.text(signature.title())).append("</p>");
        out.append("<div class=\"room\">");
        if (signature.hasImage()) {
            out.append("<img alt=\"Chữ ký\" src=\"data:image/")
                    .append(isPng(signature.image()) ? "png" : "jpeg")
                    .append(";base64,")
                    .append(Base64.getEncoder().encodeToString(signature.image()))
                    .append("\">");
        }
        out.append("</div>");
        out.append("<p>").append(Html.text(signature.name())).append("</p>");
        out.append("</td></tr></table>\n");
    }

    private void appendix(Appendix appendix, String label) {
        out.append("<div class=\"sheet\">\n");
        out.append("<p class=\"title\">").append(Html.text(label)).append("</p>\n");
        out.append("<p class=\"title\">")
                .append(Html.text(Texts.upper(appendix.title())))
                .append("</p>\n");
        out.append("<p class=\"subtitle\">")
                .append(Html.text(appendix.referenceLine()))
                .append("</p>\n");
        out.append("<div class=\"rule\" style=\"width:3cm;margin-bottom:12pt;margin-top:6pt\"></div>\n");
        if (appendix.dossier() != null) {
            dossier(appendix.dossier());
            out.append("</div>\n");
            return;
        }
        int total =
                appendix.columns().stream().mapToInt(Appendix.Column::weight).sum();
        out.append("<table class=\"grid appendix\"><colgroup>");
        for (Appendix.Column column : appendix.columns()) {
            out.append("<col style=\"width:")
                    .append(100 * column.weight() / total)
                    .append("%\">");
        }
        out.append("</colgroup>\n<thead><tr>");
        for (Appendix.Column column : appendix.columns()) {
            out.append("<th>").append(Html.text(column.header())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : appendix.rows()) {
            out.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                out.append(appendix.columns().get(c).centred() ? "<td>" : "<td class=\"l\">")
                        .append(Html.text(row.get(c)))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n</div>\n");
    }

    private static boolean isPng(byte[] data) {
        return data.length > 1 && (data[0] & 0xFF) == 0x89;
    }
}
