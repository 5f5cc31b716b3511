package vn.cchc.orgunit;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records merges, splits and renames between units. */
@Component
public class Successions {

    private final JdbcTemplate jdbc;

    Successions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void record(long predecessorId, long successorId, LocalDate effectiveOn, String kind, String legalBasis) {
        jdbc.update("""
                insert into org_unit_succession (predecessor_id, successor_id, effective_on, kind, legal_basis)
                values (?, ?, ?, ?, ?)""", predecessorId, successorId, effectiveOn, kind, legalBasis);
    }
}
