package vn.cchc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.IntegrationTest;
import vn.cchc.document.DocumentView;
import vn.cchc.document.IssuedDocuments;
import vn.cchc.indicator.Indicator;
import vn.cchc.indicator.IndicatorCatalogue;
import vn.cchc.indicator.IndicatorValueView;
import vn.cchc.indicator.IndicatorValues;
import vn.cchc.narrative.AssignedTasks;
import vn.cchc.narrative.Narratives;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.report.ReportHeader;
import vn.cchc.report.ReportSection;
import vn.cchc.report.Reports;

@IntegrationTest
class DemoRecordsTests {

    @Autowired
    Reports reports;

    @Autowired
    IssuedDocuments documents;

    @Autowired
    IndicatorValues values;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    Narratives narratives;

    @Autowired
    AssignedTasks tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    long report2023(String clerk) {
        return reports.visible((UnitViewer) users.loadUserByUsername(clerk), 2023, null)
                .get(0)
                .id();
    }

    @Test
    void lienMac2023IsLoadedAsPrinted() {
        long id = report2023("lienmac-clerk");
        List<DocumentView> docs = documents.forReport(id);
        assertThat(docs).hasSize(54);
        assertThat(docs).filteredOn(d -> d.numberSymbol().equals("16/KH-UBND")).hasSize(2);
        assertThat(docs)
                .extracting(DocumentView::numberSymbol)
                .contains("10/ KH-UBND", "73/QĐ- UBND", "126/UBND - NV", "13/2016/QĐUBND");
        assertThat(documents.attachedIds(id)).hasSize(54);

        Map<String, IndicatorValueView> v =
                values.forReport(id).stream().collect(Collectors.toMap(IndicatorValueView::code, x -> x));
        assertThat(v.get("BUDGET_REVENUE").numericValue()).isEqualByComparingTo("4500845758");
        assertThat(values.format(v.get("BUDGET_REVENUE"), false)).isEqualTo("4.500.845.758");
        assertThat(values.format(v.get("ONLINE_RATE"), false)).isEqualTo("99,02 %");
        assertThat(v.get("SATISFACTION_LEVEL").textValue()).isEqualTo("từ tốt trở lên");

        Map<String, String> narrative = narratives.forReport(id);
        assertThat(narrative.keySet()).containsExactlyElementsOf(ReportSection.codes());
        Set<Long> docIds = docs.stream().map(DocumentView::id).collect(Collectors.toSet());
        Matcher m = Pattern.compile("\\{\\{doc:([^}|]+)").matcher(String.join("\n", narrative.values()));
        int tokens = 0;
        while (m.find()) {
            tokens++;
            assertThat(m.group(1)).matches("\\d+");
            assertThat(docIds).contains(Long.valueOf(m.group(1)));
        }
        assertThat(tokens).isGreaterThan(40);
        assertThat(narrative.get("II.2.3.b")).contains("{{table:dossier}}");

        assertThat(tasks.forReport(id))
                .hasSize(7)
                .allSatisfy(t -> assertThat(t.status()).isEqualTo("DONE"));
        ReportHeader h = reports.getInternal(id).header();
        assertThat(h.numberSymbol()).isEqualTo("85/BC-UBND");
        assertThat(h.signerName()).isEqualTo("Phạm Văn Cảnh");
        assertThat(h.recipients()).hasSize(5);
        assertThat(jdbc.queryForObject(
                        "select procedure_count from procedure_level_summary where report_id = ? and authority_level = 'COMMUNE'",
                        Integer.class,
                        id))
                .isEqualTo(122);
        assertThat(jdbc.queryForObject("select received_total from dossier_row where report_id = ?", Integer.class, id))
                .isEqualTo(2579);
    }

    @Test
    void theOtherCommunesHaveConsistentSyntheticRecords() {
        List<String> active = catalogue.all().stream()
                .filter(Indicator::isActive)
                .map(Indicator::getCode)
                .toList();
        for (String clerk :
                List.of("thanhhong-clerk", "thanhxa-clerk", "camche-clerk", "thanhkhe-clerk", "tanky-clerk")) {
            long id = report2023(clerk);
            assertThat(documents.forReport(id)).hasSizeGreaterThanOrEqualTo(5);
            // the catalogue is per office and year now: what this report carries, not every active entry
            List<String> carried = values.catalogueFor(id).stream()
                    .filter(Indicator::isActive)
                    .map(Indicator::getCode)
                    .toList();
            assertThat(values.forReport(id))
                    .extracting(IndicatorValueView::code)
                    .containsAll(active.stream()
                            .filter(c -> !c.startsWith("TEST_") && carried.contains(c))
                            .toList());
            assertThat(narratives.forReport(id).keySet()).containsExactlyElementsOf(ReportSection.codes());
            assertThat(tasks.forReport(id)).isNotEmpty();
            assertThat(reports.getInternal(id).getNumberSymbol()).matches("\\d+/BC-UBND");
            Map<String, Object> row = jdbc.queryForMap("select * from dossier_row where report_id = ?", id);
            int received = (Integer) row.get("received_total");
            assertThat(received)
                    .isEqualTo((Integer) row.get("received_online")
                            + (Integer) row.get("received_direct")
                            + (Integer) row.get("received_carried_over"));
            assertThat(received).isEqualTo((Integer) row.get("resolved_total") + (Integer) row.get("pending_total"));
            assertThat((Integer) row.get("resolved_total"))
                    .isEqualTo((Integer) row.get("resolved_early")
                            + (Integer) row.get("resolved_on_time")
                            + (Integer) row.get("resolved_late"));
            assertThat((Integer) row.get("pending_total"))
                    .isEqualTo((Integer) row.get("pending_on_time") + (Integer) row.get("pending_overdue"));
            assertThat(jdbc.queryForObject(
                            "select count(*) from procedure_level_summary where report_id = ?", Integer.class, id))
                    .isEqualTo(4);
        }
    }

    @Test
    void documentKeysInTokensBecomeIds() {
        assertThat(DemoRecordsLoader.resolveDocKeys(
                        "theo {{doc:kh36}} và {{doc:qd52-2017|short}}; {{ind:X}}",
                        Map.of("kh36", 7L, "qd52-2017", 12L)))
                .isEqualTo("theo {{doc:7}} và {{doc:12|short}}; {{ind:X}}");
    }
}
