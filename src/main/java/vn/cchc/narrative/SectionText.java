package vn.cchc.narrative;

/** One section's prose: on the page ({@code version} null when the section has never been saved) and as input. */
public record SectionText(String sectionCode, String body, Long version) {}
