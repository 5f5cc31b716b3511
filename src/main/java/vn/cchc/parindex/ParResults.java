package vn.cchc.parindex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.document.Diacritics;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.parindex.internal.Ranking;
import vn.cchc.shared.ForbiddenException;
import vn.cchc.shared.NotFoundException;

/** The office's results: every commune under it on 31/12 of the year, totals, bands, ranking, last year's total. */
@Service
@Transactional(readOnly = true)
public class ParResults {

    private final ParIndexes indexes;
    private final ParAssessments assessments;
    private final OrgUnits orgUnits;

    ParResults(ParIndexes indexes, ParAssessments assessments, OrgUnits orgUnits) {
        this.indexes = indexes;
        this.assessments = assessments;
        this.orgUnits = orgUnits;
    }

    /** A receiving office for its own unit (parentId omitted or its own), an administrator for any; else 403. */
    public OrgUnit requireOffice(UnitViewer viewer, Long parentId) {
        if (viewer.seesAll()) {
            if (parentId == null) throw new NotFoundException("parindex.error.noOffice");
            return orgUnits.get(parentId);
        }
        if (!viewer.seesSubordinates()
                || viewer.unitId() == null
                || (parentId != null && !parentId.equals(viewer.unitId()))) {
            throw new ForbiddenException("parindex.error.notOffice");
        }
        return orgUnits.get(viewer.unitId());
    }

    public Results results(UnitViewer viewer, Long parentId, int year) {
        OrgUnit office = requireOffice(viewer, parentId);
        LocalDate day = OrgUnits.lastValidDay(office, LocalDate.of(year, 12, 31));
        List<OrgUnit> communes = orgUnits.descendantsOn(office.getId(), day).stream()
                .filter(u -> u.getLevel() == OrgUnitLevel.COMMUNE)
                .sorted((a, b) -> Diacritics.fold(a.getName()).compareTo(Diacritics.fold(b.getName())))
                .toList();
        ParIndex index = null;
        List<ResultRow> rows = new ArrayList<>();
        for (OrgUnit u : communes) {
            Optional<ParIndex> own = indexes.forUnit(u.getId(), year);
            if (own.isEmpty()) continue;
            if (index == null) index = own.get();
            AssessmentView a = assessments.load(u.getId(), year);
            boolean published = a.status() == AssessmentStatus.FINAL;
            rows.add(new ResultRow(
                    u.getId(),
                    u.getName(),
                    a.assessmentId() == null ? null : a.status(),
                    a.assessmentId() == null || a.status() == AssessmentStatus.DRAFT ? null : a.selfTotal(),
                    a.appraisedTotal(),
                    a.surveyPoints(),
                    a.fieldPoints(),
                    published ? a.band() : null,
                    null,
                    previous(u, year)));
        }
        if (index == null) throw new NotFoundException("parindex.error.noIndex", year);
        return new Results(office, year, index, Ranking.rank(rows, index.tieRule()));
    }

    private BigDecimal previous(OrgUnit unit, int year) {
        if (indexes.forUnit(unit.getId(), year - 1).isEmpty()) return null;
        AssessmentView a = assessments.load(unit.getId(), year - 1);
        return a.status() == AssessmentStatus.FINAL ? a.appraisedTotal() : null;
    }
}
