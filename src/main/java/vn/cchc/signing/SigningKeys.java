package vn.cchc.signing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.account.CurrentUser;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ForbiddenException;
import vn.cchc.shared.Messages;
import vn.cchc.shared.ValidationFailedException;
import vn.cchc.signing.internal.Certificates;
import vn.cchc.signing.internal.MasterKey;

/**
 * The units' signing keys: one PKCS#12 keystore per unit, uploaded by the administrator (or made for the demo),
 * kept in the database with its password sealed by the {@link MasterKey}. Keys are read once per keystore version
 * and kept in memory (a PKCS#12 takes tens of milliseconds to open).
 */
@Service
@Transactional(readOnly = true)
public class SigningKeys {

    public static final String CHAIRMAN_ALIAS = "chairman";
    public static final String ORGANISATION_ALIAS = "organisation";
    private final JdbcTemplate jdbc;
    private final MasterKey masterKey;
    private final Clock clock;
    private final Messages messages;
    private final Map<Long, Loaded> cache = new ConcurrentHashMap<>();

    SigningKeys(JdbcTemplate jdbc, MasterKey masterKey, Clock clock, MessageSource messages) {
        this.messages = new Messages(messages);
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.clock = clock;
    }

    private record Loaded(Instant version, UnitSigningKeys keys) {}

    public boolean has(long unitId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from unit_signing_keystore where org_unit_id = ?", Integer.class, unitId);
        return n != null && n > 0;
    }

    public Optional<UnitSigningKeys> forUnit(long unitId) {
        List<Object[]> rows = jdbc.query(
                """
                select pkcs12, password_sealed, chairman_alias, organisation_alias, demo, updated_at
                from unit_signing_keystore where org_unit_id = ?""",
                (rs, i) -> new Object[] {
                    rs.getBytes(1),
                    rs.getBytes(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBoolean(5),
                    rs.getTimestamp(6).toInstant()
                },
                unitId);
        if (rows.isEmpty()) return Optional.empty();
        Object[] row = rows.get(0);
        Instant version = (Instant) row[5];
        Loaded cached = cache.get(unitId);
        if (cached != null && cached.version().equals(version)) return Optional.of(cached.keys());
        char[] password = new String(masterKey.decrypt((byte[]) row[1]), StandardCharsets.UTF_8).toCharArray();
        KeyStore ks = open((byte[]) row[0], password)
                .orElseThrow(() -> new IllegalStateException("The keystore of unit " + unitId + " no longer opens"));
        SigningIdentity chairman = identity(ks, (String) row[2], password);
        Optional<SigningIdentity> organisation =
                Optional.ofNullable((String) row[3]).map(a -> identity(ks, a, password));
        UnitSigningKeys keys = new UnitSigningKeys(chairman, organisation, (Boolean) row[4]);
        cache.put(unitId, new Loaded(version, keys));
        return Optional.of(keys);
    }

    public Optional<KeystoreSummary> summary(long unitId) {
        return jdbc
                .query(
                        """
                select org_unit_id, chairman_subject, organisation_subject, not_after, demo, updated_by, updated_at
                from unit_signing_keystore where org_unit_id = ?""",
                        (rs, i) -> new KeystoreSummary(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getTimestamp(4).toInstant(),
                                rs.getBoolean(5),
                                rs.getString(6),
                                rs.getTimestamp(7).toInstant()),
                        unitId)
                .stream()
                .findFirst();
    }

    /** The administrator uploads or replaces a unit's keystore; 422 naming the field when it cannot be used. */
    @Transactional
    public KeystoreSummary store(CurrentUser admin, long unitId, byte[] pkcs12, String password) {
        if (!admin.seesAll()) throw new ForbiddenException("signing.error.forbidden.keystore");
        if (pkcs12 == null || pkcs12.length == 0) throw invalid("file", "signing.keystore.file.required");
        if (pkcs12.length > 200_000) throw invalid("file", "signing.keystore.file.tooLarge");
        char[] pw = password == null ? new char[0] : password.toCharArray();
        KeyStore ks = open(pkcs12, pw).orElseThrow(() -> invalid("password", "signing.keystore.password.wrong"));
        List<String> keyAliases = keyAliases(ks);
        if (keyAliases.isEmpty()) throw invalid("file", "signing.keystore.file.noKey");
        String chairman = keyAliases.contains(CHAIRMAN_ALIAS) ? CHAIRMAN_ALIAS : keyAliases.get(0);
        String organisation = keyAliases.contains(ORGANISATION_ALIAS)
                ? ORGANISATION_ALIAS
                : keyAliases.stream()
                        .filter(a -> !a.equals(chairman))
                        .findFirst()
                        .orElse(null);
        SigningIdentity c = identity(ks, chairman, pw);
        X509Certificate cert = c.chain().get(0);
        if (cert.getNotAfter().toInstant().isBefore(clock.instant())) {
            throw invalid("file", "signing.keystore.file.expired");
        }
        save(unitId, pkcs12, password == null ? "" : password, chairman, organisation, ks, false, admin.username());
        List<X509Certificate> chain = c.chain();
        addTrustAnchor(chain.get(chain.size() - 1), false);
        return summary(unitId).orElseThrow();
    }

    /** The demo's keystores, made at demo load with the demo CA (marked DEMO everywhere). */
    @Transactional
    public void storeDemo(long unitId, byte[] pkcs12, String password, X509Certificate demoCa) {
        KeyStore ks = open(pkcs12, password.toCharArray()).orElseThrow();
        save(unitId, pkcs12, password, CHAIRMAN_ALIAS, ORGANISATION_ALIAS, ks, true, "demo");
        addTrustAnchor(demoCa, true);
    }

    /** The certificates a valid signature's chain must end in. */
    public List<X509Certificate> trustAnchors() {
        return jdbc.query(
                "select certificate from signing_trust_anchor", (rs, i) -> Certificates.parse(rs.getBytes(1)));
    }

    private void save(
            long unitId,
            byte[] pkcs12,
            String password,
            String chairman,
            String organisation,
            KeyStore ks,
            boolean demo,
            String by) {
        char[] pw = password.toCharArray();
        X509Certificate chairmanCert = identity(ks, chairman, pw).chain().get(0);
        String orgSubject = organisation == null
                ? null
                : identity(ks, organisation, pw)
                        .chain()
                        .get(0)
                        .getSubjectX500Principal()
                        .getName();
        jdbc.update(
                """
                insert into unit_signing_keystore (org_unit_id, pkcs12, password_sealed, chairman_alias,
                    organisation_alias, chairman_subject, organisation_subject, not_after, demo, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (org_unit_id) do update set pkcs12 = excluded.pkcs12,
                    password_sealed = excluded.password_sealed, chairman_alias = excluded.chairman_alias,
                    organisation_alias = excluded.organisation_alias, chairman_subject = excluded.chairman_subject,
                    organisation_subject = excluded.organisation_subject, not_after = excluded.not_after,
                    demo = excluded.demo, updated_by = excluded.updated_by, updated_at = excluded.updated_at""",
                unitId,
                pkcs12,
                masterKey.encrypt(password.getBytes(StandardCharsets.UTF_8)),
                chairman,
                organisation,
                chairmanCert.getSubjectX500Principal().getName(),
                orgSubject,
                Timestamp.from(chairmanCert.getNotAfter().toInstant()),
                demo,
                by,
                Timestamp.from(clock.instant()));
        cache.remove(unitId);
    }

    private void addTrustAnchor(X509Certificate cert, boolean demo) {
        jdbc.update(
                """
                insert into signing_trust_anchor (subject, certificate, sha256, demo) values (?, ?, ?, ?)
                on conflict (sha256) do nothing""",
                cert.getSubjectX500Principal().getName(),
                Certificates.encoded(cert),
                Certificates.sha256(Certificates.encoded(cert)),
                demo);
    }

    private static Optional<KeyStore> open(byte[] pkcs12, char[] password) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(new ByteArrayInputStream(pkcs12), password);
            return Optional.of(ks);
        } catch (Exception e) {
            return Optional.empty(); // a wrong password and a broken file look the same to PKCS#12
        }
    }

    private static List<String> keyAliases(KeyStore ks) {
        try {
            List<String> aliases = new ArrayList<>();
            for (String a : Collections.list(ks.aliases())) if (ks.isKeyEntry(a)) aliases.add(a);
            Collections.sort(aliases);
            return aliases;
        } catch (Exception e) {
            return List.of();
        }
    }

    private SigningIdentity identity(KeyStore ks, String alias, char[] password) {
        try {
            PrivateKey key = (PrivateKey) ks.getKey(alias, password);
            Certificate[] chain = ks.getCertificateChain(alias);
            if (key == null || chain == null || chain.length == 0) {
                throw invalid("file", "signing.keystore.file.noKey");
            }
            List<X509Certificate> certs =
                    Arrays.stream(chain).map(X509Certificate.class::cast).toList();
            return Certificates.localIdentity(key, certs);
        } catch (ValidationFailedException e) {
            throw e;
        } catch (Exception e) {
            throw invalid("password", "signing.keystore.password.wrong");
        }
    }

    private ValidationFailedException invalid(String field, String key) {
        return new ValidationFailedException(List.of(new FieldViolation(field, messages.text(key))));
    }
}
