package vn.cchc.shared;

/** One broken rule on one field, in Vietnamese, as the API's {@code errors[]} and the forms show it. */
public record FieldViolation(String field, String message) {}
