package vn.cchc.shared;

/**
 * Marks a {@link UserFacingException} that says "too busy right now, nothing was done": the API answers 503 with
 * Retry-After and the Vietnamese reason.
 */
public interface RetryLater {}
