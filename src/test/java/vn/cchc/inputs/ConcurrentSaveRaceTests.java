package vn.cchc.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.cchc.IntegrationTest;
import vn.cchc.RecordsFixture;
import vn.cchc.document.DocumentInput;
import vn.cchc.document.DocumentView;
import vn.cchc.document.IssuedDocuments;
import vn.cchc.dossier.DossierGroupKind;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.dossier.DossierStatisticsService;
import vn.cchc.indicator.IndicatorValues;
import vn.cchc.indicator.ValueInput;
import vn.cchc.narrative.AssignedTasks;
import vn.cchc.narrative.Narratives;
import vn.cchc.narrative.SectionText;
import vn.cchc.narrative.TaskInput;
import vn.cchc.narrative.TaskView;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.procedure.AuthorityLevel;
import vn.cchc.procedure.LevelCounts;
import vn.cchc.procedure.ProcedureCatalog;
import vn.cchc.report.ReportSection;
import vn.cchc.report.Reports;
import vn.cchc.shared.ConflictException;

/**
 * Issue 11, item 5: N saves on the same version at the same moment. On every write path exactly one wins and
 * every other one is told the data changed meanwhile (never a second «đã lưu», never a 500); what is stored is
 * the winner's change. The header form checked its version outside the saving transaction and lost updates.
 */
@IntegrationTest
class ConcurrentSaveRaceTests {

    static final int N = 4;
    static final String STALE_TEXT = "Dữ liệu đã được người khác thay đổi sau khi bạn mở";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DossierStatisticsService dossier;

    @Autowired
    IssuedDocuments documents;

    @Autowired
    IndicatorValues indicators;

    @Autowired
    Narratives narratives;

    @Autowired
    AssignedTasks tasks;

    @Autowired
    ProcedureCatalog procedures;

    RecordsFixture.Fresh f;
    ExecutorService pool;

    @BeforeEach
    void fresh() {
        f = new RecordsFixture(orgUnits, periods, reports, jdbc)
                .commune(LocalDate.of(2099, 1, 1), LocalDate.of(2099, 12, 31));
        pool = Executors.newFixedThreadPool(N);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** One save per thread; the argument is the thread's number. Outcome: "won", "stale" or the failure. */
    interface Save {
        String run(int i) throws Exception;
    }

    /** Runs the N saves together and returns the index of the single winner (asserting there is exactly one). */
    int race(Save save) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(N);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            int me = i;
            outcomes.add(pool.submit(() -> {
                barrier.await(30, TimeUnit.SECONDS);
                try {
                    return save.run(me);
                } catch (ConflictException e) {
                    return "error.staleVersion".equals(e.messageKey()) || e.getClass() != ConflictException.class
                            ? "stale"
                            : e.toString();
                } catch (OptimisticLockingFailureException e) {
                    return "stale";
                } catch (Exception e) {
                    return e.toString();
                }
            }));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> o : outcomes) results.add(o.get(120, TimeUnit.SECONDS));
        assertThat(results)
                .filteredOn("won"::equals)
                .as("exactly one save wins: %s", results)
                .hasSize(1);
        assertThat(results)
                .filteredOn("stale"::equals)
                .as("every other save is told it is stale: %s", results)
                .hasSize(N - 1);
        return results.indexOf("won");
    }

    @Test
    void headerFormPage() throws Exception {
        long version = reports.getInternal(f.reportId()).getLockVersion();
        int winner = race(i -> {
            MvcResult r = mvc.perform(post("/reports/" + f.reportId() + "/header")
                            .with(user(f.clerk()))
                            .with(csrf())
                            .param("numberSymbol", (10 + i) + "/BC-UBND")
                            .param("reportDate", "10/12/2099")
                            .param("lockVersion", String.valueOf(version)))
                    .andReturn();
            if (r.getResponse().getStatus() == 302) return "won";
            String body = HtmlUtils.htmlUnescape(r.getResponse().getContentAsString());
            return r.getResponse().getStatus() == 200 && body.contains(STALE_TEXT)
                    ? "stale"
                    : "HTTP " + r.getResponse().getStatus();
        });
        assertThat(reports.getInternal(f.reportId()).header().numberSymbol()).isEqualTo((10 + winner) + "/BC-UBND");
    }

    @Test
    void dossierStatisticsFirstSaveAndLaterSave() throws Exception {
        int first = race(i -> {
            dossier.replace(f.clerk(), f.reportId(), 0, List.of(row("Xã " + i)));
            return "won";
        });
        assertThat(dossier.rowsForReport(f.reportId()))
                .extracting(DossierRowView::label)
                .containsExactly("Xã " + first);
        int second = race(i -> {
            dossier.replace(f.clerk(), f.reportId(), 1, List.of(row("Lần hai " + i)));
            return "won";
        });
        assertThat(dossier.rowsForReport(f.reportId()))
                .extracting(DossierRowView::label)
                .containsExactly("Lần hai " + second);
    }

    @Test
    void documentOfTheRegister() throws Exception {
        DocumentView d = documents.create(f.clerk(), f.unitId(), document("Kế hoạch"), null);
        int winner = race(i -> {
            documents.update(f.clerk(), d.id(), document("Kế hoạch sửa " + i), d.version());
            return "won";
        });
        assertThat(jdbc.queryForObject("select summary from issued_document where id = ?", String.class, d.id()))
                .isEqualTo("Kế hoạch sửa " + winner);
    }

    @Test
    void indicatorValuesFirstSaveAndLaterSave() throws Exception {
        int first = race(i -> {
            indicators.saveAll(
                    f.clerk(), f.reportId(), List.of(new ValueInput("ONLINE_RATE", "9" + i, "EXACT", null, null)));
            return "won";
        });
        String sql =
                "select v.version from indicator_value v join indicator i on i.id = v.indicator_id where v.report_id = ? and i.code = 'ONLINE_RATE'";
        long version = jdbc.queryForObject(sql, Long.class, f.reportId());
        int second = race(i -> {
            indicators.saveAll(
                    f.clerk(), f.reportId(), List.of(new ValueInput("ONLINE_RATE", "8" + i, "EXACT", null, version)));
            return "won";
        });
        assertThat(first).isBetween(0, N - 1);
        assertThat(jdbc.queryForObject(sql.replace("v.version", "v.numeric_value"), BigDecimal.class, f.reportId()))
                .isEqualByComparingTo("8" + second);
    }

    @Test
    void narrativeSectionFirstSaveAndLaterSave() throws Exception {
        String code = ReportSection.values()[0].code();
        int first = race(i -> {
            narratives.save(f.clerk(), f.reportId(), List.of(new SectionText(code, "Nội dung " + i, null)));
            return "won";
        });
        long version = jdbc.queryForObject(
                "select version from narrative_section where report_id = ? and section_code = ?",
                Long.class,
                f.reportId(),
                code);
        int second = race(i -> {
            narratives.save(f.clerk(), f.reportId(), List.of(new SectionText(code, "Sửa " + i, version)));
            return "won";
        });
        assertThat(first).isBetween(0, N - 1);
        assertThat(jdbc.queryForObject(
                        "select body from narrative_section where report_id = ? and section_code = ?",
                        String.class,
                        f.reportId(),
                        code))
                .isEqualTo("Sửa " + second);
    }

    @Test
    void assignedTask() throws Exception {
        TaskView t = tasks.create(f.clerk(), f.reportId(), task("Nhiệm vụ"));
        int winner = race(i -> {
            tasks.update(f.clerk(), f.reportId(), t.id(), task("Nhiệm vụ sửa " + i), t.version());
            return "won";
        });
        assertThat(tasks.forReport(f.reportId()))
                .extracting(TaskView::content)
                .containsExactly("Nhiệm vụ sửa " + winner);
    }

    @Test
    void procedureCountsFirstSaveAndLaterSave() throws Exception {
        race(i -> {
            procedures.saveCounts(
                    f.clerk(), f.reportId(), List.of(LevelCounts.input(AuthorityLevel.COMMUNE, 30 + i, 100, 0)));
            return "won";
        });
        int second = race(i -> {
            procedures.saveCounts(
                    f.clerk(), f.reportId(), List.of(LevelCounts.input(AuthorityLevel.COMMUNE, 40 + i, 100, 1)));
            return "won";
        });
        assertThat(procedures.get(f.clerk(), f.reportId()).levels().get(0).fields())
                .isEqualTo(40 + second);
    }

    static DossierRowView row(String label) {
        return DossierRowView.of(label, DossierGroupKind.UNIT, 10, 8, 2, 0, 10, 9, 1, 0, 0, 0, 0);
    }

    static DocumentInput document(String summary) {
        return new DocumentInput(
                "OWN", "UBND xã Thử Nghiệm", "KH", "5/KH-UBND", LocalDate.of(2099, 3, 1), summary, false, List.of("I"));
    }

    static TaskInput task(String content) {
        return new TaskInput(null, "UBND huyện", null, content, LocalDate.of(2099, 6, 1), "DONE", null);
    }
}
