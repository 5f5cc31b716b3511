package vn.cchc.check;

/** How a finding weighs on submitting: ERROR blocks it, WARNING asks for confirmation, INFO only informs. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
