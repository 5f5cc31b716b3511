package vn.cchc.composition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.document.DocumentView;
import vn.cchc.dossier.DossierCells;
import vn.cchc.dossier.DossierColumn;
import vn.cchc.dossier.DossierLevels;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.rendering.Block;
import vn.cchc.rendering.DossierRow;
import vn.cchc.rendering.ParagraphStyle;

/**
 * Turns one section's narrative into body blocks: paragraphs split on blank lines, "- " and "+ " items,
 * {{table:dossier}} as the Biểu 06 table, then a generated sentence for each document filed under the section
 * that the prose does not cite.
 */
public final class NarrativeBlocks {

    private final TokenResolver tokens;
    private final ReportRecords records;
    /** «UBND xã», «UBND phường»: how the unit names itself in generated sentences. */
    private final String council;

    public NarrativeBlocks(TokenResolver tokens, ReportRecords records) {
        this(tokens, records, "UBND xã");
    }

    public NarrativeBlocks(TokenResolver tokens, ReportRecords records, String council) {
        this.tokens = tokens;
        this.records = records;
        this.council = council;
    }

    public List<Block> blocks(String sectionCode) {
        List<Block> out = new ArrayList<>();
        String body = records.narrative().getOrDefault(sectionCode, "");
        for (String raw : body.replace("\r\n", "\n").split("\n\\s*\n")) {
            String text = raw.replace('\n', ' ').replaceAll("[ \\t]+", " ").trim();
            if (text.isEmpty()) continue;
            if (text.equals("{{table:dossier}}")) {
                out.add(dossierTable());
                lateCauses().ifPresent(out::add);
                continue;
            }
            ParagraphStyle style = ParagraphStyle.BODY;
            if (text.startsWith("- ")) {
                style = ParagraphStyle.DASH;
                text = text.substring(2).trim();
            } else if (text.startsWith("+ ")) {
                style = ParagraphStyle.PLUS;
                text = text.substring(2).trim();
            }
            String resolved = tokens.resolve(text).trim();
            if (!resolved.isEmpty()) out.add(new Block.Paragraph(resolved, style));
        }
        out.addAll(uncitedDocuments(sectionCode));
        return out;
    }

    private List<Block> uncitedDocuments(String sectionCode) {
        List<Block> out = new ArrayList<>();
        for (DocumentView d : records.documents().values()) {
            if (!d.sections().contains(sectionCode) || isCitedAnywhere(d.id())) continue;
            out.add(new Block.Paragraph(sentence(d, council), ParagraphStyle.DASH));
        }
        return out;
    }

    private boolean isCitedAnywhere(long documentId) {
        String token = "{{doc:" + documentId;
        return records.narrative().values().stream().anyMatch(b -> b != null && b.contains(token));
    }

    /** "UBND xã đã ban hành Kế hoạch số 36/KH-UBND ngày 30/12/2023 về …". */
    static String sentence(DocumentView d) {
        return sentence(d, "UBND xã");
    }

    static String sentence(DocumentView d, String council) {
        String summary = d.summary() == null || d.summary().isBlank()
                ? ""
                : " " + about(d.summary().trim());
        String citation = TokenResolver.citation(d);
        if ("OWN".equals(d.issuerKind())) return council + " đã ban hành " + citation + summary + ".";
        return "Thực hiện " + citation + " của " + d.issuerName() + summary + ".";
    }

    private static String about(String summary) {
        String lower = summary.toLowerCase();
        return lower.startsWith("về ") || lower.startsWith("v/v") ? summary : "về " + summary;
    }

    /**
     * «Trong kỳ, UBND xã ban hành 648 văn bản: 280 quyết định, …» for a section whose outline heading asks for it:
     * nothing when the period's register is empty or the clerk already placed it with {@code {{count:sentence}}}.
     */
    public Optional<Block> countSentence(String sectionCode) {
        Map<String, Integer> counts = records.documentCounts();
        String text = records.narrative().getOrDefault(sectionCode, "");
        if (counts.values().stream().mapToInt(Integer::intValue).sum() == 0
                || (text != null && text.contains("{{count:sentence}}"))) {
            return Optional.empty();
        }
        return Optional.of(new Block.Paragraph(TokenResolver.countSentence(council, counts), ParagraphStyle.BODY));
    }

    /** The Biểu 06 table when the unit has dossier figures (for a section whose prose does not place it). */
    public Optional<Block.DossierTable> dossierTableIfAny() {
        return records.dossierRows().isEmpty() ? Optional.empty() : Optional.of(dossierTable());
    }

    /** «Nguyên nhân quá hạn: …» under the table, when a row gives causes of lateness. */
    public Optional<Block> lateCauses() {
        String sentence = DossierCells.lateCausesSentence(records.dossierRows());
        return sentence.isEmpty() ? Optional.empty() : Optional.of(new Block.Paragraph(sentence, ParagraphStyle.BODY));
    }

    private Block.DossierTable dossierTable() {
        List<DossierRow> rows = new ArrayList<>();
        boolean grouped = DossierLevels.grouped(records.dossierRows());
        // grouped by authority level: «Tổng số», then «I  Thẩm quyền cấp xã» and its rows 1, 2 … (computed sub-totals)
        for (DossierLevels.Line line : DossierLevels.lines(records.dossierRows())) {
            DossierRowView r = line.row();
            int i = Integer.parseInt(
                    line.number().isEmpty() || line.kind() != DossierLevels.LineKind.ROW ? "0" : line.number());
            String number = line.kind() != DossierLevels.LineKind.ROW
                    ? line.number()
                    : grouped ? String.valueOf(i) : i < 10 ? "0" + i : String.valueOf(i);
            rows.add(DossierRow.of(number, r.label(), figures(r))
                    .withQualifierWords(Arrays.stream(DossierColumn.values())
                            .map(c -> DossierCells.word(r.qualifier(c)))
                            .toList())
                    .withEarlyOnTimeCombined(r.earlyOnTimeCombined())
                    .withEmphasis(line.kind() != DossierLevels.LineKind.ROW));
        }
        return new Block.DossierTable(null, rows);
    }

    /** The 11 figures in column order (3)…(13), as the rendering port takes them. */
    static Long[] figures(DossierRowView row) {
        return Arrays.stream(DossierColumn.values())
                .map(row::figure)
                .map(v -> v == null ? null : v.longValue())
                .toArray(Long[]::new);
    }
}
