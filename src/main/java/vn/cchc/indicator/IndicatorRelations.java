package vn.cchc.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How figures relate, as data: the parts an indicator breaks down into, and what a percent is the ratio of. The
 * checks read these (not a hard-coded list), and the catalogue pages and API write them.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorRelations {

    /** Biểu 06 columns a ratio may name, by their API field name, with their number in the form. */
    public static final Map<String, Integer> DOSSIER_COLUMNS = dossierColumns();

    /** A total and its parts, in order. */
    public record Breakdown(String totalCode, List<String> partCodes) {}

    /** A percent and what it is the ratio of: {@code ind:CODE} or {@code dossier:receivedOnline}. */
    public record Ratio(String code, String numerator, String denominator) {}

    private final JdbcTemplate jdbc;

    IndicatorRelations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Breakdown> breakdowns() {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        jdbc.query("""
                select t.code, p.code from indicator_part x join indicator t on t.id = x.indicator_id
                join indicator p on p.id = x.part_id order by t.position, t.code, x.position, p.code""", rs -> {
            parts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return parts.entrySet().stream()
                .map(e -> new Breakdown(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    public List<String> partsOf(String code) {
        return breakdowns().stream()
                .filter(b -> b.totalCode().equals(code))
                .findFirst()
                .map(Breakdown::partCodes)
                .orElse(List.of());
    }

    public List<Ratio> ratios() {
        return jdbc.query("""
                select i.code, r.numerator, r.denominator from indicator_ratio r join indicator i on i.id = r.indicator_id
                order by i.position, i.code""", (rs, n) -> new Ratio(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    public Optional<Ratio> ratioOf(String code) {
        return ratios().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    @Transactional
    void replaceParts(long indicatorId, List<Long> partIds) {
        jdbc.update("delete from indicator_part where indicator_id = ?", indicatorId);
        for (int i = 0; i < partIds.size(); i++) {
            jdbc.update(
                    "insert into indicator_part (indicator_id, part_id, position) values (?, ?, ?)",
                    indicatorId,
                    partIds.get(i),
                    i);
        }
    }

    @Transactional
    void replaceRatio(long indicatorId, String numerator, String denominator) {
        jdbc.update("delete from indicator_ratio where indicator_id = ?", indicatorId);
        if (numerator != null) {
            jdbc.update(
                    "insert into indicator_ratio (indicator_id, numerator, denominator) values (?, ?, ?)",
                    indicatorId,
                    numerator,
                    denominator);
        }
    }

    /** Whether a ratio term names something that exists: a catalogue code or a Biểu 06 column. */
    static boolean validTerm(String term, Set<String> codes) {
        if (term == null) return false;
        if (term.startsWith("ind:")) return codes.contains(term.substring(4));
        if (term.startsWith("dossier:")) return DOSSIER_COLUMNS.containsKey(term.substring(8));
        return false;
    }

    private static Map<String, Integer> dossierColumns() {
        Map<String, Integer> m = new LinkedHashMap<>();
        String[] names = {
            "receivedTotal",
            "receivedOnline",
            "receivedDirect",
            "receivedCarriedOver",
            "resolvedTotal",
            "resolvedEarly",
            "resolvedOnTime",
            "resolvedLate",
            "pendingTotal",
            "pendingOnTime",
            "pendingOverdue"
        };
        for (int i = 0; i < names.length; i++) m.put(names[i], i + 3);
        return Collections.unmodifiableMap(m);
    }
}
