package vn.cchc.narrative;

import java.util.List;
import vn.cchc.shared.ConflictException;

/** Sections changed by someone else since the page was opened: nothing saved; names them (codes). */
public class StaleSectionsException extends ConflictException {

    private final transient List<String> sectionCodes;

    public StaleSectionsException(List<String> sectionCodes) {
        super("error.staleVersion");
        this.sectionCodes = List.copyOf(sectionCodes);
    }

    public List<String> sectionCodes() {
        return sectionCodes;
    }
}
