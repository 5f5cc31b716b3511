package vn.cchc.parindex;

import java.time.LocalDate;

/**
 * One piece of evidence: a document of the register ({@code label} «Kế hoạch số 36/KH-UBND ngày 30/12/2022») or an
 * uploaded PDF ({@code fileName}).
 */
public record EvidenceView(long id, Long documentId, String label, LocalDate issuedOn, String fileName) {

    public boolean uploaded() {
        return documentId == null;
    }
}
