package vn.cchc.shared;

import java.util.List;

/** Input broke one or more rules; nothing was saved. 422 with the list. */
public class ValidationFailedException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public ValidationFailedException(List<FieldViolation> violations) {
        super("validation failed: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
