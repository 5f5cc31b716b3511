package vn.cchc.check.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.check.Finding;
import vn.cchc.check.Severity;
import vn.cchc.document.DocumentView;
import vn.cchc.document.NumberSymbols;

/**
 * A register gives each document of a year its own number (Decree 30/2020/NĐ-CP, Art. 15): the same
 * number/symbol on two documents of one issuer in one calendar year means one of them is wrongly numbered
 * (Liên Mạc: 16/KH-UBND of 30/03/2023 and of 12/07/2023). Numbers are compared without spaces, upper case and
 * without leading zeros of the number ("09/KH-UBND" = "9/KH-UBND"); Đ and D stay distinct. Only groups with a
 * document of this report are reported, once per group, pointing at the later document.
 */
@Component
@Order(22)
class DuplicateNumberCheck implements Check {

    static final String RULE = "DUPLICATE_NUMBER";
    private final CheckTexts texts;

    DuplicateNumberCheck(CheckTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<Finding> run(CheckContext context) {
        Set<Long> ofReport =
                context.reportDocuments().stream().map(DocumentView::id).collect(Collectors.toSet());
        Map<String, List<DocumentView>> groups = new LinkedHashMap<>();
        for (DocumentView d : context.unitRegister()) {
            if (d.issuedOn() == null) continue;
            String key = d.issuerKind() + "|" + normalise(d.issuerName()) + "|"
                    + d.issuedOn().getYear() + "|" + normalise(d.numberSymbol());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        List<Finding> findings = new ArrayList<>();
        for (List<DocumentView> group : groups.values()) {
            if (group.size() < 2 || group.stream().noneMatch(d -> ofReport.contains(d.id()))) continue;
            group.sort(Comparator.comparing(DocumentView::issuedOn).thenComparing(DocumentView::id));
            DocumentView last = group.get(group.size() - 1);
            String all = group.stream().map(texts::document).collect(Collectors.joining("; "));
            findings.add(new Finding(
                    RULE,
                    Severity.ERROR,
                    texts.text(
                            "check.document.duplicateNumber",
                            last.numberSymbol(),
                            String.valueOf(group.size()),
                            last.issuerName(),
                            String.valueOf(last.issuedOn().getYear()),
                            all),
                    Links.document(context.report().id(), last.id())));
        }
        return findings;
    }

    /** "16 / kh-UBND" → "16/KH-UBND"; "09/KH-UBND" → "9/KH-UBND". */
    static String normalise(String s) {
        // one rule for the check and for the register import's matching
        return NumberSymbols.normalise(s);
    }
}
