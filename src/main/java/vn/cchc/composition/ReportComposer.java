package vn.cchc.composition;

import static vn.cchc.shared.Messages.VI;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.composition.internal.HeadingNumbers;
import vn.cchc.composition.internal.NarrativeBlocks;
import vn.cchc.composition.internal.Recipients;
import vn.cchc.composition.internal.ReportRecords;
import vn.cchc.composition.internal.ReportRecordsReader;
import vn.cchc.composition.internal.TokenResolver;
import vn.cchc.orgunit.OfficeKind;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitNames;
import vn.cchc.period.PeriodWords;
import vn.cchc.period.Periods;
import vn.cchc.period.ReportKind;
import vn.cchc.period.ReportKinds;
import vn.cchc.period.ReportingPeriod;
import vn.cchc.rendering.Appendix;
import vn.cchc.rendering.Block;
import vn.cchc.rendering.Letterhead;
import vn.cchc.rendering.ParagraphStyle;
import vn.cchc.rendering.ReportDocument;
import vn.cchc.rendering.Signature;
import vn.cchc.rendering.VnFormat;
import vn.cchc.report.Report;
import vn.cchc.report.ReportHeader;
import vn.cchc.report.Reports;

/**
 * Builds the printed report from the records: the letterhead from the unit and its parent on the period's last
 * day, the outline's headings, the clerk's narrative with its tokens resolved, generated sentences for documents
 * filed under a section but not cited, the Biểu 06 table, the signature, the recipients and the appendix.
 */
@Service
@Transactional(readOnly = true)
public class ReportComposer {

    static final String NOTHING_TO_REPORT = "Không phát sinh.";
    private static final String DOSSIER_SECTION = "II.2.3.b";

    private final Reports reports;
    private final OrgUnits orgUnits;
    private final Periods periods;
    private final ReportRecordsReader reader;
    private final ReportKinds kinds;
    private final List<ReportSupplement> supplements;

    ReportComposer(
            Reports reports,
            OrgUnits orgUnits,
            Periods periods,
            ReportRecordsReader reader,
            ReportKinds kinds,
            List<ReportSupplement> supplements) {
        this.kinds = kinds;
        this.supplements = supplements;
        this.reports = reports;
        this.orgUnits = orgUnits;
        this.periods = periods;
        this.reader = reader;
    }

    public ReportDocument compose(long reportId) {
        return composeWithContent(reportId, null).document();
    }

    /**
     * The printed report and, beside it, what it says per section: the content a signature freezes.
     * {@code signatureImage} (signature with seal) is placed only when the chairman signs; drafts leave the room clear.
     */
    public ComposedReport composeWithContent(long reportId, byte[] signatureImage) {
        Report report = reports.getInternal(reportId);
        OrgUnit unit = orgUnits.get(report.getOrgUnitId());
        ReportingPeriod period = periods.get(report.getPeriodId());
        ReportRecords records = reader.read(reportId, unit.getId(), period.getWindowStart(), period.getWindowEnd());
        ReportHeader h = report.header();
        String council = UnitNames.council(unit.getName());
        Optional<ReportSupplement.Supplement> supplement = supplements.stream()
                .map(s -> s.supplementFor(reportId, unit.getId(), period))
                .flatMap(Optional::stream)
                .findFirst();
        TokenResolver tokens = new TokenResolver(
                records,
                council,
                supplement.map(ReportSupplement.Supplement::tokens).orElse(Map.of()));
        NarrativeBlocks narrative = new NarrativeBlocks(tokens, records, council);

        Map<String, String> sectionTexts = new LinkedHashMap<>();
        ReportKind kind = kinds.of(period);
        // a unit created during the period reports from its own first day
        LocalDate start =
                unit.getValidFrom().isAfter(period.getWindowStart()) ? unit.getValidFrom() : period.getWindowStart();
        List<Block> body = new ArrayList<>(section(narrative, "INTRO", sectionTexts));
        String window = "từ ngày " + VnFormat.date(start) + " đến " + VnFormat.date(period.getWindowEnd());
        body.addAll(outline(kind, period, window, narrative, sectionTexts));
        if (supplement.isPresent()) {
            List<Block> blocks = supplement.get().blocks().apply((int) body.stream()
                    .filter(b -> b instanceof Block.Heading x && x.level() == 1)
                    .count());
            body.addAll(blocks);
            // headings of the supplement are its content (units, figures), so they are compared too
            sectionTexts.put(
                    "COMPILED",
                    blocks.stream()
                                    .map(b -> b instanceof Block.Heading x ? x.text() : "")
                                    .filter(t -> !t.isEmpty())
                                    .collect(Collectors.joining("\n"))
                            + "\n" + text(blocks));
        }
        body.addAll(section(narrative, "CLOSING", sectionTexts));

        LocalDate date = h.reportDate() != null ? h.reportDate() : LocalDate.now();
        String number = blank(h.numberSymbol()) ? "      /BC-UBND" : h.numberSymbol();
        Optional<OrgUnit> parent = orgUnits.parentOn(unit.getId(), period.getWindowEnd());
        String governing = parent.map(OrgUnit::getLetterheadName).orElse(null);
        Letterhead letterhead = new Letterhead(governing, unit.getLetterheadName(), number, unit.getPlaceName(), date);
        List<String> summary = h.summaryLines().isEmpty()
                ? List.of(kind.getSummaryLine(), "trên địa bàn " + unit.getName() + " " + period.getTitle())
                : h.summaryLines();
        // the unit's kind of office words the block: «TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH», «GIÁM ĐỐC» (no authority line)…
        OfficeKind office = unit.getOfficeKind();
        Signature signature = new Signature(
                orElse(h.signerAuthority(), office.authority(office.head())),
                orElse(h.signerTitle(), office.title(office.head())),
                orElse(h.signerName(), "…"),
                signatureImage);
        List<String> recipients = h.recipients().isEmpty()
                ? Recipients.defaults(parent.orElse(null), period.getWindowEnd())
                : h.recipients();
        String periodLine =
                "(từ ngày " + VnFormat.date(start) + " đến ngày " + VnFormat.date(period.getWindowEnd()) + ")";
        List<Appendix> further = supplement
                .map(x -> x.appendices().apply(reference(number, date, unit)))
                .orElse(List.of());
        ReportDocument document = new ReportDocument(
                letterhead,
                "BÁO CÁO",
                summary,
                periodLine,
                body,
                signature,
                recipients,
                appendix(records, number, date, unit, period),
                further);
        return new ComposedReport(
                document,
                sectionTexts,
                records,
                supplement.map(ReportSupplement.Supplement::docxTemplate).orElseGet(() -> ReportTemplates.keyOf(kind)));
    }

    /**
     * The kind's headings with their sections. A section without content prints «Không phát sinh.» or, if the kind
     * says so, is left out together with a group heading that would be left bare.
     */
    private static List<Block> outline(
            ReportKind kind,
            ReportingPeriod period,
            String window,
            NarrativeBlocks narrative,
            Map<String, String> texts) {
        List<ReportKind.Heading> headings = kind.headings();
        List<List<Block>> content = new ArrayList<>();
        for (ReportKind.Heading e : headings) {
            List<Block> blocks =
                    e.sectionCode() == null ? List.of() : new ArrayList<>(section(narrative, e.sectionCode(), texts));
            if (e.asks(ReportKind.COUNT_SENTENCE))
                narrative.countSentence(e.sectionCode()).ifPresent(b -> blocks.add(0, b));
            if (DOSSIER_SECTION.equals(e.sectionCode())
                    && blocks.stream().noneMatch(b -> b instanceof Block.DossierTable)) {
                narrative.dossierTableIfAny().ifPresent(t -> {
                    blocks.add(t);
                    narrative.lateCauses().ifPresent(blocks::add);
                });
            }
            content.add(blocks);
        }
        String next = PeriodWords.next(period);
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            boolean subtreeHasContent = !content.get(i).isEmpty();
            for (int j = i + 1; j < headings.size() && isChild(headings.get(i), headings.get(j)); j++) {
                subtreeHasContent |= !content.get(j).isEmpty();
            }
            if (subtreeHasContent || !kind.omitsEmptySections()) kept.add(i);
        }
        // sections left out: the numbers of those that remain close up (I, II, III… with no gap)
        List<String> numbers = kept.size() == headings.size()
                ? headings.stream().map(ReportKind.Heading::number).toList()
                : HeadingNumbers.renumber(kept.stream().map(headings::get).toList());
        List<Block> out = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            int i = kept.get(k);
            ReportKind.Heading e = headings.get(i);
            boolean hasChildren = i + 1 < headings.size() && isChild(e, headings.get(i + 1));
            String text = e.text()
                    .replace("{NEXT}", next.toUpperCase(VI))
                    .replace("{next}", next)
                    .replace("{window}", window);
            out.add(new Block.Heading(e.level(), numbers.get(k), text));
            if (!content.get(i).isEmpty()) out.addAll(content.get(i));
            else if (!hasChildren) out.add(new Block.Paragraph(NOTHING_TO_REPORT, ParagraphStyle.BODY));
        }
        return out;
    }

    /** «2.1.» under «2.», «a)» under «2.3.» (a deeper level, or the same level with a longer number). */
    private static boolean isChild(ReportKind.Heading parent, ReportKind.Heading next) {
        return HeadingNumbers.isChild(parent, next);
    }

    private static List<Block> section(NarrativeBlocks narrative, String code, Map<String, String> texts) {
        List<Block> blocks = narrative.blocks(code);
        texts.put(code, text(blocks));
        return blocks;
    }

    private static String text(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p)
                text.append(p.style().marker()).append(p.text()).append('\n');
            if (b instanceof Block.DossierTable) text.append("[Biểu 06]\n");
        }
        return text.toString().trim();
    }

    private static Appendix appendix(
            ReportRecords records, String number, LocalDate date, OrgUnit unit, ReportingPeriod period) {
        if (records.tasks().isEmpty()) return null;
        List<Appendix.Column> columns = List.of(
                new Appendix.Column("STT", 1, true),
                new Appendix.Column("Nhiệm vụ được giao", 6, false),
                new Appendix.Column("Cơ quan giao, văn bản giao", 4, false),
                new Appendix.Column("Thời hạn", 2, true),
                new Appendix.Column("Kết quả thực hiện", 5, false));
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (ReportRecords.Task t : records.tasks()) {
            String source = t.sourceDocument() == null ? t.assignedBy() : t.assignedBy() + " — " + t.sourceDocument();
            String result = statusLabel(t.status()) + (blank(t.result()) ? "" : ". " + t.result());
            rows.add(List.of(
                    String.valueOf(i++),
                    t.content(),
                    source,
                    t.deadline() == null ? "" : VnFormat.date(t.deadline()),
                    result));
        }
        return new Appendix(
                "Kết quả thực hiện nhiệm vụ cấp trên giao " + period.getTitle(),
                reference(number, date, unit),
                columns,
                rows);
    }

    /** «(Kèm theo Báo cáo số 85/BC-UBND ngày 10/12/2023 của UBND xã Liên Mạc)». */
    private static String reference(String number, LocalDate date, OrgUnit unit) {
        return "(Kèm theo Báo cáo số " + number.trim() + " ngày " + VnFormat.date(date) + " của "
                + letterheadToName(unit) + ")";
    }

    private static String letterheadToName(OrgUnit unit) {
        return "UBND " + unit.getName();
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "DONE" -> "Đã hoàn thành";
            case "DONE_LATE" -> "Hoàn thành chậm";
            case "IN_PROGRESS" -> "Đang thực hiện";
            default -> "Chưa thực hiện";
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String orElse(String s, String fallback) {
        return blank(s) ? fallback : s;
    }
}
