package vn.cchc.parindex.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.cchc.parindex.Band;
import vn.cchc.parindex.Criterion;
import vn.cchc.parindex.FigureSource;
import vn.cchc.parindex.ParIndex;
import vn.cchc.parindex.ScoringRule;
import vn.cchc.parindex.TieRule;

/** The indexes and their criteria in SQL. */
@Repository
public class IndexStore {

    public static final String DEFAULT_BANDS = "Xuất sắc:90;Tốt:80;Khá:65;Trung bình:50;Yếu:0";
    private final JdbcTemplate jdbc;

    public IndexStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ParIndex> find(long ownerUnitId, int year) {
        List<Long> ids = jdbc.queryForList(
                "select id from par_index where owner_unit_id = ? and year = ?", Long.class, ownerUnitId, year);
        return ids.isEmpty() ? Optional.empty() : Optional.of(get(ids.get(0)));
    }

    public ParIndex get(long id) {
        List<Criterion> criteria = jdbc.query(
                """
                select id, code, parent_code, level, title, max_points, rule, options, evidence, source
                from par_criterion where index_id = ? order by position""",
                (rs, i) -> new Criterion(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getBigDecimal(6),
                        rs.getString(7) == null ? null : ScoringRule.valueOf(rs.getString(7)),
                        Points.list(rs.getString(8)),
                        rs.getString(9),
                        rs.getString(10) == null ? null : FigureSource.valueOf(rs.getString(10))),
                id);
        return jdbc.queryForObject(
                "select id, owner_unit_id, year, title, legal_basis, bands, tie_rule from par_index where id = ?",
                (rs, i) -> new ParIndex(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        bands(rs.getString(6)),
                        TieRule.valueOf(rs.getString(7)),
                        criteria),
                id);
    }

    public boolean hasAssessments(long indexId) {
        return jdbc.queryForObject("select count(*) from par_assessment where index_id = ?", Integer.class, indexId)
                > 0;
    }

    public void delete(long indexId) {
        jdbc.update("delete from par_index where id = ?", indexId);
    }

    public long insert(
            long ownerUnitId,
            int year,
            String title,
            String legalBasis,
            String bands,
            TieRule tieRule,
            List<CriteriaSheet.Row> rows) {
        Long id = jdbc.queryForObject("""
                insert into par_index (owner_unit_id, year, title, legal_basis, bands, tie_rule)
                values (?, ?, ?, ?, ?, ?) returning id""", Long.class, ownerUnitId, year, title, legalBasis, bands, tieRule.name());
        List<Object[]> args = new ArrayList<>();
        int position = 0;
        for (CriteriaSheet.Row r : rows) {
            args.add(new Object[] {
                id,
                r.code(),
                r.parentCode(),
                r.level(),
                ++position,
                r.title(),
                r.maxPoints(),
                r.rule() == null ? null : r.rule().name(),
                r.options().isEmpty() ? null : Points.listText(r.options()),
                r.evidence(),
                r.source() == null ? null : r.source().name()
            });
        }
        jdbc.batchUpdate("""
                insert into par_criterion (index_id, code, parent_code, level, position, title, max_points, rule, options,
                                           evidence, source) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", args);
        return id;
    }

    /** The criteria of an index as rows again (to copy them into another year). */
    public static List<CriteriaSheet.Row> rows(ParIndex index) {
        return index.criteria().stream()
                .map(c -> new CriteriaSheet.Row(
                        0,
                        c.code(),
                        c.parentCode(),
                        c.level(),
                        c.title(),
                        c.maxPoints(),
                        c.rule(),
                        c.options(),
                        c.evidence(),
                        c.source()))
                .toList();
    }

    public static String bandsText(List<Band> bands) {
        return String.join(
                ";",
                bands.stream()
                        .map(b -> b.label() + ":"
                                + b.minPercent().stripTrailingZeros().toPlainString())
                        .toList());
    }

    static List<Band> bands(String text) {
        List<Band> out = new ArrayList<>();
        for (String part : text.split(";")) {
            int colon = part.lastIndexOf(':');
            out.add(new Band(
                    part.substring(0, colon).strip(),
                    new BigDecimal(part.substring(colon + 1).strip())));
        }
        out.sort((a, b) -> b.minPercent().compareTo(a.minPercent()));
        return out;
    }
}
