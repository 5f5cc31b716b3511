package vn.cchc.parindex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.parindex.internal.CriteriaSheet;
import vn.cchc.parindex.internal.IndexStore;
import vn.cchc.parindex.internal.ParTexts;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ForbiddenException;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.ValidationFailedException;
import vn.cchc.spreadsheet.SheetRow;
import vn.cchc.spreadsheet.XlsxReader;

/**
 * The indexes as data: imported from a spreadsheet (all rows or none), copied from last year, found for a commune.
 * An administrator manages any unit's index; a receiving office its own unit's.
 */
@Service
@Transactional(readOnly = true)
public class ParIndexes {

    private final IndexStore store;
    private final OrgUnits orgUnits;
    private final XlsxReader xlsx;
    private final ParTexts texts;

    ParIndexes(IndexStore store, OrgUnits orgUnits, XlsxReader xlsx, ParTexts texts) {
        this.store = store;
        this.orgUnits = orgUnits;
        this.xlsx = xlsx;
        this.texts = texts;
    }

    /** What the import form carries besides the file. */
    public record Header(int year, String title, String legalBasis, TieRule tieRule) {}

    @Transactional
    public ParIndex importSpreadsheet(UnitViewer viewer, long ownerUnitId, Header header, byte[] content) {
        requireManager(viewer, ownerUnitId);
        return importRows(ownerUnitId, header, xlsx.read(content, 400));
    }

    /** For the import and the demo loader: checks everything, then replaces the year's index (none assessed yet). */
    @Transactional
    public ParIndex importRows(long ownerUnitId, Header header, List<SheetRow> sheet) {
        List<FieldViolation> errors = new ArrayList<>(checkHeader(header));
        CriteriaSheet.Result parsed = new CriteriaSheet(texts).parse(sheet);
        errors.addAll(parsed.errors());
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        return replace(ownerUnitId, header, parsed.rows());
    }

    /** Copies last year's index of the unit into the year, with its bands and tie rule. */
    @Transactional
    public ParIndex copyFromPreviousYear(UnitViewer viewer, long ownerUnitId, int year) {
        requireManager(viewer, ownerUnitId);
        ParIndex previous = store.find(ownerUnitId, year - 1)
                .orElseThrow(() -> new NotFoundException("parindex.error.noPreviousIndex", year - 1));
        String title = previous.title().replace(String.valueOf(year - 1), String.valueOf(year));
        if (store.find(ownerUnitId, year).isPresent()) throw new ConflictException("parindex.error.indexExists", year);
        long id = store.insert(
                ownerUnitId,
                year,
                title,
                previous.legalBasis(),
                IndexStore.bandsText(previous.bands()),
                previous.tieRule(),
                IndexStore.rows(previous));
        return store.get(id);
    }

    public Optional<ParIndex> owned(long ownerUnitId, int year) {
        return store.find(ownerUnitId, year);
    }

    /** The index a unit is scored against: its own office's, or the nearest unit above it that has one for the year. */
    public Optional<ParIndex> forUnit(long unitId, int year) {
        OrgUnit unit = orgUnits.get(unitId);
        LocalDate day = OrgUnits.lastValidDay(unit, LocalDate.of(year, 12, 31));
        for (OrgUnit above : orgUnits.ancestorsOn(unitId, day)) {
            Optional<ParIndex> found = store.find(above.getId(), year);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    public void requireManager(UnitViewer viewer, long ownerUnitId) {
        if (viewer.seesAll()) {
            orgUnits.get(ownerUnitId);
            return;
        }
        if (!viewer.seesSubordinates() || viewer.unitId() == null || viewer.unitId() != ownerUnitId) {
            throw new ForbiddenException("parindex.error.notManager");
        }
    }

    private List<FieldViolation> checkHeader(Header h) {
        List<FieldViolation> errors = new ArrayList<>();
        if (h.year() < 2000 || h.year() > 2100) errors.add(new FieldViolation("year", texts.t("parindex.import.year")));
        if (h.title() == null || h.title().isBlank() || h.title().length() > 300) {
            errors.add(new FieldViolation("title", texts.t("parindex.import.indexTitle")));
        }
        if (h.legalBasis() != null && h.legalBasis().length() > 500) {
            errors.add(new FieldViolation("legalBasis", texts.t("parindex.import.legalBasis")));
        }
        return errors;
    }

    private ParIndex replace(long ownerUnitId, Header header, List<CriteriaSheet.Row> rows) {
        Optional<ParIndex> existing = store.find(ownerUnitId, header.year());
        if (existing.isPresent()) {
            if (store.hasAssessments(existing.get().id()))
                throw new ConflictException("parindex.error.indexInUse", header.year());
            store.delete(existing.get().id());
        }
        long id = store.insert(
                ownerUnitId,
                header.year(),
                header.title().strip(),
                header.legalBasis() == null || header.legalBasis().isBlank()
                        ? null
                        : header.legalBasis().strip(),
                IndexStore.DEFAULT_BANDS,
                header.tieRule() == null ? TieRule.SHARED : header.tieRule(),
                rows);
        return store.get(id);
    }
}
