package vn.cchc.signing;

import java.util.Optional;

/**
 * The two signatures Decree 30/2020 puts on an electronic document: the competent person's (the chairman) and the
 * organisation's (shown as its seal). A keystore with one key only signs as the chairman.
 */
public record UnitSigningKeys(SigningIdentity chairman, Optional<SigningIdentity> organisation, boolean demo) {}
