package vn.cchc.report;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: turns the frozen PDF into the legal electronic document (digital signatures of the chairman and of the
 * organisation, PDF/A), implemented by the signing module. Empty when the unit has no signing keys: the report is
 * then frozen as rendered, as before.
 */
public interface PdfSigning {

    /** No digital signing at all (tests that build the workflow by hand). */
    PdfSigning NONE = new PdfSigning() {
        @Override
        public Optional<byte[]> sign(Request request) {
            return Optional.empty();
        }

        @Override
        public boolean signsFor(long orgUnitId) {
            return false;
        }
    };

    Optional<byte[]> sign(Request request);

    /** Whether the unit's reports get digital signatures (their visible images then live in the signatures). */
    boolean signsFor(long orgUnitId);

    /** {@code signedBy} is the chairman's account; {@code signerName} the name printed under the signature. */
    record Request(
            long reportId,
            int revision,
            long orgUnitId,
            byte[] pdf,
            String signerName,
            String signedBy,
            Instant signedAt) {}
}
