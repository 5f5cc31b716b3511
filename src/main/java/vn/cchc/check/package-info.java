/**
 * Consistency checks over one report's records (docs/product.md, "Rules"): run on demand and before submit.
 * API: {@link ReportChecks#run(long)} returning {@link Finding}s. The checks read the
 * record tables directly (read-only SQL), so they do not depend on the modules that edit those records.
 */
package vn.cchc.check;
