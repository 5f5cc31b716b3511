package vn.cchc.signing.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.shared.StartupDataStep;
import vn.cchc.signing.SigningKeys;

/**
 * Demo only: a demo CA and, for every commune without a keystore, demo keys of its chairman and of the commune
 * (password {@code demo}). Runs after the demo units exist and before the demo's past reports are frozen.
 */
@Component
@ConditionalOnProperty(name = "cchc.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoSigningKeysLoader extends StartupDataStep {

    private static final Logger log = LoggerFactory.getLogger(DemoSigningKeysLoader.class);
    private final OrgUnits orgUnits;
    private final SigningKeys keys;
    private final TransactionTemplate tx;

    DemoSigningKeysLoader(OrgUnits orgUnits, SigningKeys keys, TransactionTemplate tx) {
        this.orgUnits = orgUnits;
        this.keys = keys;
        this.tx = tx;
    }

    @Override
    protected int order() {
        return 30;
    }

    @Override
    protected void load() {
        if (orgUnits.byCode("LIEN_MAC").isEmpty()) return; // not the demo data set
        var communes = orgUnits.all().stream()
                .filter(u -> u.getLevel() == OrgUnitLevel.COMMUNE && !keys.has(u.getId()))
                .toList();
        if (communes.isEmpty()) return;
        DemoCertificates demo = new DemoCertificates();
        tx.executeWithoutResult(s -> {
            for (OrgUnit u : communes) {
                keys.storeDemo(
                        u.getId(),
                        demo.unitKeystore("Chủ tịch " + u.getLetterheadName(), u.getLetterheadName()),
                        DemoCertificates.PASSWORD,
                        demo.ca());
            }
        });
        log.info("Demo signing keys made for {} communes (DEMO CA, not legally valid)", communes.size());
    }
}
