package vn.cchc.shared;

/**
 * Marks a {@link UserFacingException} refusing an uploaded file as a whole (not readable, too large, too many
 * rows): the API answers 422 with one error on the field {@code file}.
 */
public interface RejectedUpload {}
