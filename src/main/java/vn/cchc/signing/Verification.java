package vn.cchc.signing;

import java.util.List;

/**
 * The answer to "is this one of our signed reports?": {@code known} — the file, or a signature in it, is one we
 * made; {@code unchanged} — byte for byte the frozen file; {@code reportId} and {@code signatures} only when the
 * caller may see that report (a foreign unit's report answers known/unchanged and nothing else).
 */
public record Verification(
        boolean known, boolean unchanged, Long reportId, Integer revision, List<SignatureCheck> signatures) {

    /**
     * One signature in the file: {@code valid} — its CMS value matches the bytes it covers and its certificate chains
     * to a trusted anchor (the demo CA or a CA of an uploaded keystore); {@code signedAt} ISO 8601 with +07:00.
     */
    public record SignatureCheck(
            String signer, String signedAt, boolean valid, boolean intact, boolean trusted, boolean coversWholeFile) {}

    /** Every signature present is valid, and there is at least one. */
    public boolean allSignaturesValid() {
        return !signatures.isEmpty() && signatures.stream().allMatch(SignatureCheck::valid);
    }
}
