package vn.cchc.check.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.check.Finding;
import vn.cchc.check.Severity;
import vn.cchc.check.internal.Tokens.Token;
import vn.cchc.shared.ProcedureTokenLevels;

/**
 * Every {{…}} token of the narrative must point at a record, or the rendered report prints a hole (or the raw
 * token) where a citation or a figure should be: a deleted or foreign document, an indicator code not in the
 * catalogue or without a value in this report, a procedure level not entered, the dossier table without rows.
 */
@Component
@Order(40)
class NarrativeTokenCheck implements Check {

    static final String RULE = "NARRATIVE_TOKEN";
    private final CheckTexts texts;

    NarrativeTokenCheck(CheckTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<Finding> run(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, String> section : context.narrative().entrySet()) {
            String where = texts.section(section.getKey());
            for (Token token : Tokens.in(section.getValue())) {
                problem(context, token, where)
                        .ifPresent(message -> findings.add(new Finding(
                                RULE,
                                Severity.ERROR,
                                message,
                                Links.narrative(context.report().id(), section.getKey()))));
            }
        }
        return findings;
    }

    /** {{count:*}}, {{count:all}}, {{count:sentence}} or a document type code ({{count:QD}}, {{count:QĐ}}). */
    private static final Pattern COUNT_KEY =
            Pattern.compile("\\*|all|sentence|(?i)(KH|Q[DĐ]|CV|TB|BC|QC|CT|TTR|HD|ND|NQ|TT|CTR|OTHER)");

    Optional<String> problem(CheckContext context, Token t, String where) {
        if (t.kind() == null) return Optional.of(texts.text("check.token.unknown", where, t.raw()));
        return switch (t.kind()) {
            case "doc" -> document(context, t, where);
            case "ind" -> indicator(context, t, where);
            case "proc", "tthc" -> procedure(context, t, where);
            case "count" ->
                COUNT_KEY.matcher(t.key()).matches()
                        ? Optional.empty()
                        : Optional.of(texts.text("check.token.count", where, t.raw()));
            // an office's compiled figure: the report prints «[thiếu: …]» when its units gave none
            case "sum" ->
                context.catalogue().containsKey(t.key())
                        ? Optional.empty()
                        : Optional.of(texts.text("check.token.indicatorUnknown", where, t.raw()));
            case "table" ->
                "dossier".equals(t.key())
                        ? (context.dossierRows().isEmpty()
                                ? Optional.of(texts.text("check.token.table", where, t.raw()))
                                : Optional.empty())
                        : Optional.of(texts.text("check.token.unknown", where, t.raw()));
            default -> Optional.of(texts.text("check.token.unknown", where, t.raw()));
        };
    }

    private Optional<String> document(CheckContext context, Token t, String where) {
        boolean found = t.key().matches("\\d{1,18}")
                && context.registerDocument(Long.parseLong(t.key())).isPresent();
        return found ? Optional.empty() : Optional.of(texts.text("check.token.document", where, t.raw()));
    }

    private Optional<String> indicator(CheckContext context, Token t, String where) {
        CheckContext.Indicator indicator = context.catalogue().get(t.key());
        if (indicator == null) return Optional.of(texts.text("check.token.indicatorUnknown", where, t.raw()));
        if (!context.indicators().containsKey(t.key())) {
            return Optional.of(texts.text("check.token.indicatorNoValue", where, t.raw(), indicator.label()));
        }
        return Optional.empty();
    }

    private Optional<String> procedure(CheckContext context, Token t, String where) {
        String[] parts = t.key().split("\\.");
        String what = parts.length == 2 ? ProcedureTokenLevels.what(parts[1]) : "";
        boolean valid = parts.length == 2
                && (what.equals("fields") || what.equals("procedures"))
                && context.procedures().containsKey(ProcedureTokenLevels.level(parts[0]));
        return valid ? Optional.empty() : Optional.of(texts.text("check.token.procedure", where, t.raw()));
    }
}
