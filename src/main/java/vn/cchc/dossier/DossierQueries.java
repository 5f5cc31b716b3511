package vn.cchc.dossier;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the Biểu 06 rows for the other modules (checks, composer, consolidation): no access checks, the
 * caller has made them. The dossier tables are this module's own; nobody else names them in SQL.
 */
@Service
@Transactional(readOnly = true)
public class DossierQueries {

    private final DossierStore store;

    DossierQueries(DossierStore store) {
        this.store = store;
    }

    /** The rows of a report in their order (row n of the page is element n − 1). */
    public List<DossierRowView> rows(long reportId) {
        return store.rows(reportId);
    }

    /** The unit's previous report of the same period kind, if any. */
    public Optional<PreviousReport> previous(long reportId) {
        return store.previous(reportId);
    }

    /**
     * The unit totals of each report, figures in column order (3)…(13): the sums of the rows of the kind
     * {@link DossierRules#totalKind} picks (kinds are alternative breakdowns of the same total, never added
     * together). A column with a null in any summed row is null. Reports without rows are absent.
     */
    public Map<Long, Long[]> totals(Collection<Long> reportIds) {
        Map<Long, Long[]> out = new HashMap<>();
        store.sumsByKind(reportIds)
                .forEach((reportId, byKind) ->
                        DossierRules.totalKind(byKind.keySet()).ifPresent(kind -> out.put(reportId, byKind.get(kind))));
        return out;
    }
}
