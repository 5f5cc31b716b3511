package vn.cchc.indicator;

import java.util.List;
import vn.cchc.shared.ConflictException;

/** Figures changed by someone else since the page was opened: nothing saved; names them. */
public class StaleValuesException extends ConflictException {

    private final transient List<String> labels;

    public StaleValuesException(List<String> labels) {
        super("error.staleVersion");
        this.labels = List.copyOf(labels);
    }

    public List<String> labels() {
        return labels;
    }
}
