package vn.cchc.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.NewPeriod;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;
import vn.cchc.period.ReportingPeriod;
import vn.cchc.report.Reports;

/**
 * Fresh reports with records written by plain SQL (the checks read the V2 tables directly, so the tests do too).
 * Use inside a @Transactional test so everything is rolled back. Not a bean: built by each test class.
 */
class CheckFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();
    final JdbcTemplate jdbc;
    final Periods periods;
    final Reports reports;
    final OrgUnits orgUnits;

    CheckFixture(JdbcTemplate jdbc, Periods periods, Reports reports, OrgUnits orgUnits) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.reports = reports;
        this.orgUnits = orgUnits;
    }

    long unit(String code) {
        return orgUnits.byCode(code).orElseThrow().getId();
    }

    /** A YEAR period of Hải Dương with the 10/12 → 09/12 window of {@code year}, under a unique title. */
    ReportingPeriod year(int year) {
        return periods.create(new NewPeriod(
                unit("HAI_DUONG"),
                PeriodKind.YEAR,
                "năm " + year + " (kiểm tra " + SEQ.incrementAndGet() + "-" + System.nanoTime() + ")",
                year,
                LocalDate.of(year - 1, 12, 10),
                LocalDate.of(year, 12, 9),
                LocalDate.of(year, 12, 15)));
    }

    /** A fresh report of the unit for a new 2023-shaped period, dated 10/12/{year}. */
    long report(String unitCode, int year) {
        return report(unitCode, year(year));
    }

    long report(String unitCode, ReportingPeriod period) {
        long id = reports.createEmpty(unit(unitCode), period.getId()).getId();
        jdbc.update(
                "update report set report_date = ?, number_symbol = ? where id = ?",
                LocalDate.of(period.getYear(), 12, 10),
                "85/BC-UBND",
                id);
        return id;
    }

    long unitOf(long reportId) {
        return jdbc.queryForObject("select org_unit_id from report where id = ?", Long.class, reportId);
    }

    long document(
            long unitId,
            String issuerKind,
            String issuerName,
            String type,
            String number,
            LocalDate on,
            boolean legalBasis) {
        return jdbc.queryForObject("""
                insert into issued_document (org_unit_id, issuer_kind, issuer_name, doc_type, number_symbol, issued_on,
                                             summary, legal_basis)
                values (?, ?, ?, ?, ?, ?, 'về việc kiểm tra', ?) returning id""", Long.class, unitId, issuerKind, issuerName, type, number, on, legalBasis);
    }

    /** A document of the report's own unit (issuer OWN "UBND xã"), linked to the report. */
    long ownDocument(long reportId, String type, String number, LocalDate on) {
        long id = document(unitOf(reportId), "OWN", "UBND xã", type, number, on, false);
        link(reportId, id);
        return id;
    }

    void link(long reportId, long documentId) {
        jdbc.update("insert into report_document (report_id, document_id) values (?, ?)", reportId, documentId);
    }

    void indicator(long reportId, String code, String value, String qualifier) {
        jdbc.update("""
                insert into indicator_value (report_id, indicator_id, numeric_value, qualifier)
                select ?, id, ?, ? from indicator where code = ?""", reportId, new BigDecimal(value), qualifier, code);
    }

    void indicator(long reportId, String code, String value) {
        indicator(reportId, code, value, "EXACT");
    }

    /** A dossier row: the eleven figures (3)…(13), null where not reported. */
    void dossierRow(long reportId, int position, String label, Integer... figures) {
        jdbc.update("insert into dossier_statistics (report_id) values (?) on conflict do nothing", reportId);
        List<Object> args = new ArrayList<>(List.of(reportId, position, label));
        args.addAll(Arrays.asList(figures));
        jdbc.update("""
                insert into dossier_row (report_id, position, label, group_kind, received_total, received_online,
                    received_direct, received_carried_over, resolved_total, resolved_early, resolved_on_time,
                    resolved_late, pending_total, pending_on_time, pending_overdue)
                values (?, ?, ?, 'UNIT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", args.toArray());
    }

    /** The Liên Mạc row: 2.579 = 2.551 + 25 + 3; 2.576 = 2.569 + 7 + 0; 3 = 3 + 0. */
    void lienMacRow(long reportId) {
        dossierRow(reportId, 1, "Liên Mạc", 2579, 2551, 25, 3, 2576, 2569, 7, 0, 3, 3, 0);
    }

    void narrative(long reportId, String section, String body) {
        jdbc.update(
                "insert into narrative_section (report_id, section_code, body) values (?, ?, ?)",
                reportId,
                section,
                body);
    }

    void procedures(long reportId, String level, int fields, int procedures) {
        jdbc.update(
                "insert into procedure_level_summary (report_id, authority_level, field_count, procedure_count) values (?, ?, ?, ?)",
                reportId,
                level,
                fields,
                procedures);
    }
}
