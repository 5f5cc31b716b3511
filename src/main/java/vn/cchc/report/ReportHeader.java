package vn.cchc.report;

import java.time.LocalDate;
import java.util.List;

/** What the clerk sets for the letterhead and the closing: number, date, summary, signer, recipients. */
public record ReportHeader(
        String numberSymbol,
        LocalDate reportDate,
        List<String> summaryLines,
        String signerAuthority,
        String signerTitle,
        String signerName,
        List<String> recipients) {}
