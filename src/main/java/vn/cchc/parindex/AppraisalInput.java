package vn.cchc.parindex;

/** The office's word on one criterion: blank points accept the commune's; other points need a reason. */
public record AppraisalInput(String code, String points, String reason) {}
