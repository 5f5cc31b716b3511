package vn.cchc.check.internal;

import java.util.List;
import vn.cchc.check.Finding;

/** One consistency rule over a report's records. Implementations are small, read-only Spring beans. */
public interface Check {

    /** The findings of this rule on the loaded records; empty when the rule holds. */
    List<Finding> run(CheckContext context);
}
