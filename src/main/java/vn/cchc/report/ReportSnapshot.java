package vn.cchc.report;

import java.time.Instant;
import java.time.LocalDate;

/** A signed version as lists show it (without the file bytes). */
public record ReportSnapshot(
        long reportId,
        int revision,
        String docxSha256,
        String pdfSha256,
        long docxSize,
        long pdfSize,
        String letterheadName,
        String signerAuthority,
        String signerName,
        String signerTitle,
        String numberSymbol,
        LocalDate reportDate,
        String signedBy,
        Instant signedAt) {}
