package vn.cchc.narrative;

import java.util.List;

/**
 * What "start from last period's text" did: the previous report used (null when none), sections copied, and
 * sections left alone because they already had text (copy again with overwrite to replace them).
 */
public record CopyResult(
        Long previousReportId, String previousPeriodTitle, List<String> copied, List<String> keptNonEmpty) {}
