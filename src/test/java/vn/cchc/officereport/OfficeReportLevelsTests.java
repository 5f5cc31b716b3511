package vn.cchc.officereport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.IntegrationTest;
import vn.cchc.UniqueTag;
import vn.cchc.account.Accounts;
import vn.cchc.composition.ReportFiles;
import vn.cchc.consolidation.Figures;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.rendering.support.RenderedText;
import vn.cchc.report.Reports;

/**
 * Levels, the same code: a province's office compiles from its districts' signed reports for a period that ends
 * before 01/07/2025 (one more level: a district's figures are what its own report compiles from its communes), and
 * from its communes directly after. The fixture's communes 1–4 belong to district A, 5–9 to district B until
 * 30/06/2025, then all to the province; communes 1–7 signed (8 none, 9 draft) both years.
 */
@IntegrationTest
class OfficeReportLevelsTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    OfficeReports officeReports;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    ReportFiles files;

    record Province(OfficeFixture.Office o, long districtA, long districtB) {}

    private Province province() {
        String prefix = "L" + UniqueTag.next();
        OfficeFixture.Office o = new OfficeFixture(jdbc, accounts).create(prefix, 9);
        long province = o.g().provinceId();
        long a = o.g().districtId();
        long b = jdbc.queryForObject(
                """
                insert into org_unit (code, name, letterhead_name, place_name, level, valid_from)
                values (?, ?, ?, 'Thử B', 'DISTRICT', '2000-01-01') returning id""", Long.class, prefix + "_DB", "huyện Thử B " + prefix, "UBND HUYỆN THỬ B " + prefix);
        jdbc.update(
                "insert into org_unit_parent (child_id, parent_id, valid_from) values (?, ?, '2000-01-01')",
                b,
                province);
        jdbc.update(
                """
                update org_unit_parent set parent_id = ? where parent_id = ? and child_id in
                (select id from org_unit where code in (?, ?, ?, ?, ?))""",
                b,
                a,
                prefix + "_C00005",
                prefix + "_C00006",
                prefix + "_C00007",
                prefix + "_C00008",
                prefix + "_C00009");
        // 01/07/2025: no more districts, the communes report to the province
        Date end = Date.valueOf(LocalDate.of(2025, 6, 30));
        jdbc.update("update org_unit_parent set valid_to = ? where parent_id in (?, ?, ?)", end, a, b, province);
        jdbc.update("""
                insert into org_unit_parent (child_id, parent_id, valid_from)
                select id, ?, '2025-07-01' from org_unit where code like ? || '\\_C%'""", province, prefix);
        // the districts' own reports of 2024, signed
        for (long d : List.of(a, b)) {
            jdbc.update("""
                    insert into report (org_unit_id, period_id, status, number_symbol, report_date, submitted_at, signed_at)
                    values (?, ?, 'SIGNED', '9/BC-UBND', '2024-12-16', '2024-12-16', '2024-12-17')""", d, o.previousPeriod());
        }
        return new Province(o, a, b);
    }

    @Test
    void beforeJuly2025TheProvinceCompilesFromItsDistrictsSignedReports() {
        Province p = province();
        OfficeFixture.Office o = p.o();
        Compilation c = officeReports.compile(orgUnits.get(o.g().provinceId()), periods.get(o.previousPeriod()), false);
        assertThat(c.units()).extracting(u -> u.orgUnitId()).containsExactlyInAnyOrder(p.districtA(), p.districtB());
        assertThat(c.counted()).hasSize(2);
        // Σ (10 + n) over the signed communes 1–7 of 2024, through the two districts; «trên»: commune 3 said so
        CompiledFigure meetings = c.figure(o.code("MEET"));
        assertThat(meetings.value()).isEqualByComparingTo("98");
        assertThat(meetings.printed()).isEqualTo("trên 98");
        assertThat(c.figure(o.code("MONEY")).value()).isEqualByComparingTo("28000000");
        // the rate from the summed parts over all communes, not the average of the districts' rates
        CompiledFigure rate = c.figure(o.code("RATE"));
        assertThat(rate.numerator()).isEqualByComparingTo("541");
        assertThat(rate.denominator()).isEqualByComparingTo("610");
        assertThat(rate.value()).isEqualByComparingTo("88.69");
        // the Biểu 06: a row per district with its communes' total; the province's total is all signed communes'
        Long received = jdbc.queryForObject("""
                select sum(d.received_total) from dossier_row d join report r on r.id = d.report_id
                where r.period_id = ? and r.status in ('SIGNED', 'ACCEPTED') and r.org_unit_id in
                (select id from org_unit where code like ? || '\\_C%')""", Long.class, o.previousPeriod(), o.p());
        assertThat(c.dossier().countedRows()).hasSize(2);
        assertThat(c.dossier().total().receivedTotal()).isEqualTo(received);

        // a district whose report is not signed is not counted, nor are its communes
        jdbc.update(
                "update report set status = 'DRAFT', signed_at = null where org_unit_id = ? and period_id = ?",
                p.districtB(),
                o.previousPeriod());
        Compilation onlyA =
                officeReports.compile(orgUnits.get(o.g().provinceId()), periods.get(o.previousPeriod()), false);
        assertThat(onlyA.counted()).extracting(u -> u.orgUnitId()).containsExactly(p.districtA());
        assertThat(onlyA.figure(o.code("MEET")).value()).isEqualByComparingTo("50"); // Σ (10 + n), n = 1..4
        Figures a = onlyA.dossier().total();
        assertThat(a.receivedTotal()).isLessThan(received);
    }

    @Test
    void theProvincesReportOf2024SaysItsDistrictsTotalsInTheDocxAndPdf() throws IOException {
        Province p = province();
        OfficeFixture.Office o = p.o();
        long reportId =
                reports.createEmpty(o.g().provinceId(), o.previousPeriod()).getId();
        String docx = RenderedText.fold(RenderedText.docx(files.docx(reportId)));
        String pdf = RenderedText.fold(RenderedText.pdf(files.pdf(reportId)));
        for (String text : List.of(docx, pdf)) {
            assertThat(text)
                    .contains(
                            "Chỉ tiêu thử MEET: trên 98 (tổng của 02/02 đơn vị).",
                            "Chỉ tiêu thử RATE: 88,69 % (tính lại từ tổng các thành phần của 02 đơn vị: 541/610).",
                            "huyện Thử B " + o.p(),
                            "Biểu 06/VPCP/KSTT tổng hợp của 02 huyện");
        }
    }

    @Test
    void sinceJuly2025TheProvinceCompilesFromItsCommunes() {
        Province p = province();
        OfficeFixture.Office o = p.o();
        Compilation c = officeReports.compile(orgUnits.get(o.g().provinceId()), periods.get(o.period()), false);
        assertThat(c.units()).hasSize(9);
        assertThat(c.counted()).hasSize(7);
        assertThat(c.figure(o.code("MEET")).value()).isEqualByComparingTo("105"); // Σ (11 + n), n = 1..7
        assertThat(c.figure(o.code("RATE")).value()).isEqualByComparingTo("88.69");
        assertThat(c.dossier().countedRows()).hasSize(7);
        // the districts compile nothing for 2025: they have no units on the period's last day
        assertThat(officeReports.compiles(orgUnits.get(p.districtA()), periods.get(o.period())))
                .isFalse();
    }
}
