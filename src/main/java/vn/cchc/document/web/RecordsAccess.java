package vn.cchc.document.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.cchc.orgunit.RecordWriters;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.report.Report;

/**
 * What the record pages offer the signed-in user ({@code @recordsAccess} in Thymeleaf): the unit's own people (or
 * the administrator) write its records ({@link RecordWriters}); the report's records only while it is editable.
 * The services enforce the same rules; this only hides buttons that would be refused.
 */
@Component("recordsAccess")
public class RecordsAccess {

    /** May change the unit's register (documents), whatever the report's state. */
    public boolean ownUnit(Report report) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof UnitViewer v)) return false;
        return RecordWriters.mayChange(v, report.getOrgUnitId());
    }

    /** May change the report's own records (figures, prose, tasks, picks, header). */
    public boolean canEdit(Report report) {
        return report.isEditable() && ownUnit(report);
    }
}
