/**
 * Consistency checks over one report's records (docs/product.md, "Rules"): run on demand and before submit.
 * API: {@link vn.cchc.check.ReportChecks#run(long)} returning {@link vn.cchc.check.Finding}s. The checks read the
 * record tables directly (read-only SQL), so they do not depend on the modules that edit those records.
 */
package vn.cchc.check;
