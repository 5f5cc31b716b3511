package vn.cchc.document.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.cchc.document.ImportField;

/** SQL of the register import: the unit's register as keys, batch writes, the remembered mapping, staged files. */
@Component
public class RegisterStore {

    /** A document of the register as the import compares it. */
    public record Stored(
            long id,
            String numberSymbol,
            LocalDate issuedOn,
            String docType,
            String summary,
            String signer,
            String issuerKind,
            String issuerName) {}

    /** A file waiting between preview and commit. */
    public record Staged(UUID id, long unitId, String username, String fileName, byte[] content) {}

    /** The value written for a new or changed document. */
    public record Write(
            Long id,
            String numberSymbol,
            LocalDate issuedOn,
            String docType,
            String summary,
            String signer,
            boolean keepSigner,
            String issuerKind,
            String issuerName,
            String searchText) {}

    private final JdbcTemplate jdbc;

    RegisterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Stored> register(long unitId) {
        return jdbc.query(
                """
                select id, number_symbol, issued_on, doc_type, summary, signer, issuer_kind, issuer_name
                from issued_document where org_unit_id = ? order by id""",
                (rs, i) -> new Stored(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)),
                unitId);
    }

    /** Serialises imports into one unit's register (two clerks committing at once would duplicate documents). */
    public void lockUnit(long unitId) {
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> {}, 0x5245_4749, (int) unitId);
    }

    public void insert(long unitId, List<Write> docs) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("""
                insert into issued_document (org_unit_id, issuer_kind, issuer_name, doc_type, number_symbol, issued_on,
                    summary, signer, legal_basis, search_text, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, 0)""", docs, 500, (ps, d) -> {
            ps.setLong(1, unitId);
            ps.setString(2, d.issuerKind());
            ps.setString(3, d.issuerName());
            ps.setString(4, d.docType());
            ps.setString(5, d.numberSymbol());
            ps.setDate(6, Date.valueOf(d.issuedOn()));
            ps.setString(7, d.summary());
            ps.setString(8, d.signer());
            ps.setString(9, d.searchText());
            ps.setTimestamp(10, now);
            ps.setTimestamp(11, now);
        });
    }

    public void update(List<Write> docs) {
        jdbc.batchUpdate("""
                update issued_document set doc_type = ?, number_symbol = ?, summary = ?, issuer_name = ?,
                    signer = case when ? then signer else ? end, search_text = ?, updated_at = now(), version = version + 1
                where id = ?""", docs, 500, (ps, d) -> {
            ps.setString(1, d.docType());
            ps.setString(2, d.numberSymbol());
            ps.setString(3, d.summary());
            ps.setString(4, d.issuerName());
            ps.setBoolean(5, d.keepSigner());
            ps.setString(6, d.signer());
            ps.setString(7, d.searchText());
            ps.setLong(8, d.id());
        });
    }

    public Map<ImportField, String> mapping(long unitId) {
        Map<ImportField, String> out = new EnumMap<>(ImportField.class);
        jdbc.query(
                "select field, header from register_import_mapping where org_unit_id = ?",
                rs -> {
                    try {
                        out.put(ImportField.valueOf(rs.getString(1)), rs.getString(2));
                    } catch (IllegalArgumentException ignored) {
                        // a field a later version dropped
                    }
                },
                unitId);
        return out;
    }

    public void saveMapping(long unitId, Map<ImportField, String> headers) {
        jdbc.update("delete from register_import_mapping where org_unit_id = ?", unitId);
        headers.forEach((f, h) -> jdbc.update(
                "insert into register_import_mapping (org_unit_id, field, header) values (?, ?, ?)",
                unitId,
                f.name(),
                h.length() > 200 ? h.substring(0, 200) : h));
    }

    public UUID stage(long unitId, String username, String fileName, byte[] content) {
        jdbc.update(
                "delete from register_import_upload where created_at < ?",
                Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)));
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into register_import_upload (id, org_unit_id, username, file_name, content) values (?, ?, ?, ?, ?)",
                id,
                unitId,
                username,
                fileName,
                content);
        return id;
    }

    public Optional<Staged> staged(UUID id) {
        return jdbc
                .query(
                        "select id, org_unit_id, username, file_name, content from register_import_upload where id = ?",
                        (rs, i) -> new Staged(
                                rs.getObject(1, UUID.class),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getBytes(5)),
                        id)
                .stream()
                .findFirst();
    }

    public void discard(UUID id) {
        jdbc.update("delete from register_import_upload where id = ?", id);
    }
}
