package vn.cchc.check.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.check.Finding;
import vn.cchc.check.Severity;

/**
 * PROSE_FIGURE_MISMATCH (b): figures typed into the narrative by hand (outside {{…}} tokens) do not follow their
 * records when those change, so they drift. Each sub-rule reads one sentence at a time and compares a typed figure
 * with the record of the same kind that the sentence talks about:
 * <ul>
 * <li>a percentage in a sentence about dossiers received online ("hồ sơ" … "trực tuyến") against (4) / (3);</li>
 * <li>a count right before "hồ sơ" against Biểu 06 (the online total when "trực tuyến" follows, otherwise any
 * figure of the table);</li>
 * <li>a document number/symbol ("số 36/KH-UBND") typed instead of cited from the register.</li>
 * </ul>
 * Heuristics over free prose, hence warnings.
 */
@Component
@Order(31)
class TypedFiguresCheck implements Check {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ONLINE = Pattern.compile("trực\\s+tuyến", FLAGS);
    private static final Pattern DOSSIER_WORD = Pattern.compile("hồ\\s+sơ", FLAGS);
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:[.,]\\d{1,4})?)\\s*%");
    private static final Pattern COUNT_OF_DOSSIERS =
            Pattern.compile("(?<![\\d.,/])(\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s+(?:bộ\\s+)?hồ\\s+sơ(?=(\\D{0,30}))", FLAGS);
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?:(?<=\\s|^|\\()số\\s+)?(?<![\\d/])(\\d+(?:\\s*/\\s*\\d{4})?\\s*/\\s*\\p{Lu}[\\p{L}\\d]*(?:\\s*-\\s*[\\p{L}\\d]+)*)",
            Pattern.UNICODE_CASE);

    private final CheckTexts texts;

    TypedFiguresCheck(CheckTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<Finding> run(CheckContext context) {
        DossierTotals totals = DossierTotals.of(context);
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, String> section : context.narrative().entrySet()) {
            String target = Links.narrative(context.report().id(), section.getKey());
            String where = texts.section(section.getKey());
            for (String sentence : Sentences.typed(section.getValue())) {
                onlineRate(sentence, totals, where).ifPresent(m -> findings.add(warning(m, target)));
                dossierCounts(sentence, totals, where).forEach(m -> findings.add(warning(m, target)));
                documentNumbers(sentence, context, where).forEach(m -> findings.add(warning(m, target)));
            }
        }
        return findings;
    }

    private static Finding warning(String message, String target) {
        return new Finding(OnlineFiguresCheck.RULE, Severity.WARNING, message, target);
    }

    /** A typed percentage next to "trực tuyến" in a sentence about dossiers, when none of them is the table's rate. */
    Optional<String> onlineRate(String sentence, DossierTotals totals, String where) {
        Optional<BigDecimal> rate = totals.onlineRate();
        if (rate.isEmpty()
                || !ONLINE.matcher(sentence).find()
                || !DOSSIER_WORD.matcher(sentence).find()) {
            return Optional.empty();
        }
        Matcher m = PERCENT.matcher(sentence);
        String first = null;
        while (m.find()) {
            BigDecimal printed = new BigDecimal(m.group(1).replace(',', '.'));
            if (DossierTotals.sameRate(printed, rate.get())) return Optional.empty();
            if (first == null) first = texts.percent(printed);
        }
        if (first == null) return Optional.empty();
        return Optional.of(texts.text(
                "check.prose.literalRate",
                where,
                first,
                CheckTexts.excerpt(sentence, 140),
                texts.number(totals.total(4).orElseThrow()),
                texts.number(totals.total(3).orElseThrow()),
                texts.percent(rate.get())));
    }

    /** Counts typed right before "hồ sơ" that are not a figure of Biểu 06. */
    List<String> dossierCounts(String sentence, DossierTotals totals, String where) {
        List<String> messages = new ArrayList<>();
        if (!totals.present()) return messages;
        Set<Integer> figures = totals.everyFigure();
        Matcher m = COUNT_OF_DOSSIERS.matcher(sentence);
        while (m.find()) {
            int typed = Integer.parseInt(m.group(1).replace(".", ""));
            boolean online = ONLINE.matcher(m.group(2)).find();
            Optional<Integer> onlineTotal = totals.total(4);
            if (online && onlineTotal.isPresent()) {
                if (typed != onlineTotal.get()) {
                    messages.add(texts.text(
                            "check.prose.literalOnlineDossiers",
                            where,
                            texts.number(typed),
                            CheckTexts.excerpt(sentence, 140),
                            texts.number(onlineTotal.get())));
                }
            } else if (!figures.contains(typed)) {
                messages.add(texts.text(
                        "check.prose.literalDossiers",
                        where,
                        texts.number(typed),
                        CheckTexts.excerpt(sentence, 140),
                        figure(totals, 3),
                        figure(totals, 7),
                        figure(totals, 11)));
            }
        }
        return messages;
    }

    private String figure(DossierTotals totals, int column) {
        return totals.total(column).map(texts::number).orElse("—");
    }

    /** A number/symbol typed by hand ("số 36/KH-UBND") instead of a {{doc:ID}} citation of the register. */
    List<String> documentNumbers(String sentence, CheckContext context, String where) {
        List<String> messages = new ArrayList<>();
        Matcher m = DOCUMENT_NUMBER.matcher(sentence);
        while (m.find()) {
            String typed = m.group(1);
            String key = DuplicateNumberCheck.normalise(typed);
            String hint = context.unitRegister().stream()
                    .filter(d ->
                            DuplicateNumberCheck.normalise(d.numberSymbol()).equals(key))
                    .findFirst()
                    .map(d -> texts.text("check.prose.literalDocument.known", texts.document(d)))
                    .orElseGet(() -> texts.text("check.prose.literalDocument.unknown"));
            messages.add(
                    texts.text("check.prose.literalDocument", where, m.group().strip(), hint));
        }
        return messages;
    }
}
