package vn.cchc.signing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import vn.cchc.report.ReportSnapshot;
import vn.cchc.report.ReportVersions;

/**
 * The verification state of received reports, for the office's board: the frozen PDF's signatures checked once per
 * signed version (a frozen file never changes) and kept in memory.
 */
@Service
public class SignatureStates {

    /** VALID: every signature valid; INVALID: a signature fails; UNSIGNED: frozen without digital signature. */
    public enum State {
        VALID,
        INVALID,
        UNSIGNED
    }

    private final ReportVersions versions;
    private final PdfVerifier verifier;
    private final Map<String, State> cache = new ConcurrentHashMap<>();

    SignatureStates(ReportVersions versions, PdfVerifier verifier) {
        this.versions = versions;
        this.verifier = verifier;
    }

    /** By report id, for the signed or accepted reports among the given ones (the caller already may see them). */
    public Map<Long, State> of(Collection<Long> reportIds) {
        Map<Long, State> states = new LinkedHashMap<>();
        for (Long id : reportIds) {
            if (id == null) continue;
            Optional<ReportSnapshot> s = versions.latestSigned(id);
            if (s.isEmpty()) continue;
            states.put(id, cache.computeIfAbsent(s.get().pdfSha256(), sha -> state(id)));
        }
        return states;
    }

    private State state(long reportId) {
        byte[] pdf =
                versions.latestSignedFile(reportId, ReportVersions.Format.PDF).orElseThrow();
        Verification v = verifier.verifyFrozen(pdf);
        if (v.signatures().isEmpty()) return State.UNSIGNED;
        return v.allSignaturesValid() ? State.VALID : State.INVALID;
    }
}
