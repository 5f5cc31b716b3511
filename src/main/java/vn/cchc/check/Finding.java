package vn.cchc.check;

/**
 * One thing a check found.
 *
 * @param rule     the rule's code, e.g. {@code DOSSIER_ARITHMETIC}
 * @param severity ERROR, WARNING or INFO
 * @param message  a Vietnamese sentence naming the record ("Kế hoạch số 36/KH-UBND ngày 30/12/2023 …")
 * @param target   a link path to the record: {@code /reports/7/documents/123}, {@code /reports/7/dossier#row-1},
 *                 {@code /reports/7/narrative#II.6}, {@code /reports/7/indicators#ONLINE_RATE}
 */
public record Finding(String rule, Severity severity, String message, String target) {}
