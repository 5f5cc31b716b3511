package vn.cchc.officereport.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.cchc.composition.ReportSupplement;
import vn.cchc.officereport.Compilation;
import vn.cchc.officereport.CompiledFigure;
import vn.cchc.officereport.OfficeReports;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.ReportingPeriod;

/**
 * Puts the compilation into the office's own report: the compiled part after the outline, {{sum:CODE}} tokens for
 * the office's sentences, and the office's own Word template. Counts signed reports only (the document says so).
 * A unit with no units under it on the period's last day (a commune) gets nothing.
 */
@Component
class OfficeSupplement implements ReportSupplement {

    static final String TEMPLATE = "templates-docx/bao-cao-cchc-van-phong.docx";

    private final OfficeReports officeReports;
    private final OrgUnits orgUnits;

    OfficeSupplement(OfficeReports officeReports, OrgUnits orgUnits) {
        this.officeReports = officeReports;
        this.orgUnits = orgUnits;
    }

    @Override
    public Optional<Supplement> supplementFor(long reportId, long unitId, ReportingPeriod period) {
        OrgUnit unit = orgUnits.get(unitId);
        if (!officeReports.compiles(unit, period)) return Optional.empty();
        Compilation c = officeReports.compile(unit, period, false);
        Map<String, String> tokens = new LinkedHashMap<>();
        for (CompiledFigure f : c.figures())
            tokens.put("sum:" + f.code(), f.printed().isBlank() ? "…" : f.printed());
        return Optional.of(new Supplement(
                headings -> CompiledBlocks.of(c, CompiledBlocks.roman(headings)),
                tokens,
                TEMPLATE,
                reference -> CompiledBlocks.appendices(c, reference)));
    }
}
