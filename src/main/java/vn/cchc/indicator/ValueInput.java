package vn.cchc.indicator;

/**
 * One row of the figures page as typed: {@code value} is text ("2.579", "99,02"), empty to remove the figure;
 * {@code version} the version the page was opened on (null for a figure that did not exist).
 */
public record ValueInput(String code, String value, String qualifier, String note, Long version) {}
