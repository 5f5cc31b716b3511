package vn.cchc.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.cchc.IntegrationTest;
import vn.cchc.RecordsFixture;
import vn.cchc.RecordsFixture.Fresh;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;
import vn.cchc.shared.AuditEntryView;
import vn.cchc.shared.AuditTrail;
import vn.cchc.shared.ConflictException;
import vn.cchc.shared.ValidationFailedException;

@IntegrationTest
class IssuedDocumentRecordsTests {

    static final LocalDate START = LocalDate.of(2022, 12, 10);
    static final LocalDate END = LocalDate.of(2023, 12, 9);

    @Autowired
    MockMvc mvc;

    @Autowired
    IssuedDocuments documents;

    @Autowired
    AuditTrail audit;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    RecordsFixture fixture;
    Fresh f;

    @BeforeEach
    void setUp() {
        fixture = new RecordsFixture(orgUnits, periods, reports, jdbc);
        f = fixture.commune(START, END);
    }

    static String unescaped(MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    DocumentInput input(String type, String number, LocalDate on, String summary) {
        return new DocumentInput("OWN", "UBND xã Thử Nghiệm", type, number, on, summary, false, List.of("I"));
    }

    @Test
    void createdOnThePageWithTheNumberExactlyAsTypedAndAudited() throws Exception {
        mvc.perform(post("/reports/" + f.reportId() + "/documents")
                        .with(user(f.clerk()))
                        .with(csrf())
                        .param("issuerKind", "OWN")
                        .param("issuerName", "UBND xã Thử Nghiệm")
                        .param("docType", "KH")
                        .param("numberSymbol", "10/ KH-UBND")
                        .param("issuedOn", "14/03/2023")
                        .param("summary", "rà soát, đánh giá thủ tục hành chính")
                        .param("sections", "II.2.1", "I")
                        .param("attach", "true"))
                .andExpect(status().is3xxRedirection());
        List<DocumentView> register = documents.register(f.clerk(), f.unitId(), null);
        assertThat(register).hasSize(1);
        DocumentView d = register.get(0);
        assertThat(d.numberSymbol()).isEqualTo("10/ KH-UBND");
        assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(d.typeLabel()).isEqualTo("Kế hoạch");
        assertThat(d.sections()).containsExactly("I", "II.2.1");
        assertThat(documents.attachedIds(f.reportId())).containsExactly(d.id());
        List<AuditEntryView> trail = audit.forEntity(IssuedDocuments.ENTITY, d.id());
        assertThat(trail).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("CREATE");
            assertThat(e.before()).isNull();
            assertThat(e.after()).contains("10/ KH-UBND");
        });
        mvc.perform(get("/reports/" + f.reportId() + "/documents/" + d.id()).with(user(f.clerk())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lịch sử thay đổi của bản ghi")))
                .andExpect(content().string(containsString("Tạo mới")));
    }

    @Test
    void invalidInputIsRefusedWithVietnameseMessagesAndNothingSaved() throws Exception {
        mvc.perform(post("/reports/" + f.reportId() + "/documents")
                        .with(user(f.clerk()))
                        .with(csrf())
                        .param("issuerKind", "OWN")
                        .param("issuerName", "")
                        .param("docType", "XX")
                        .param("numberSymbol", "")
                        .param("issuedOn", "31/02/2023")
                        .param("summary", "giữ lại nội dung này"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số, ký hiệu: bắt buộc")))
                .andExpect(content().string(containsString("Ngày ban hành: không hợp lệ")))
                .andExpect(content().string(containsString("Loại văn bản: không thuộc danh mục")))
                .andExpect(content().string(containsString("Cơ quan ban hành: bắt buộc")))
                .andExpect(result -> assertThat(unescaped(result)).contains("giữ lại nội dung này"));
        assertThat(documents.register(f.clerk(), f.unitId(), null)).isEmpty();

        assertThatThrownBy(() -> documents.create(f.clerk(), f.unitId(), input("KH", "1".repeat(61), null, null), null))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.violations())
                                .anySatisfy(v -> assertThat(v.message()).isEqualTo("Số, ký hiệu: tối đa 60 ký tự.")));
        assertThat(documents.register(f.clerk(), f.unitId(), null)).isEmpty();
    }

    @Test
    void searchIgnoresDiacritics() {
        documents.create(
                f.clerk(),
                f.unitId(),
                input(
                        "KH",
                        "36/KH-UBND",
                        LocalDate.of(2022, 12, 30),
                        "thực hiện công tác cải cách hành chính năm 2023"),
                null);
        documents.create(
                f.clerk(),
                f.unitId(),
                input("QD", "76/QĐ-UBND", LocalDate.of(2023, 7, 12), "kiện toàn Bộ phận Một cửa"),
                null);
        assertThat(documents.register(f.clerk(), f.unitId(), "ke hoach 36"))
                .extracting(DocumentView::numberSymbol)
                .containsExactly("36/KH-UBND");
        assertThat(documents.register(f.clerk(), f.unitId(), "quyet dinh kien toan"))
                .extracting(DocumentView::numberSymbol)
                .containsExactly("76/QĐ-UBND");
        assertThat(documents.register(f.clerk(), f.unitId(), "76/qđ")).hasSize(1);
        assertThat(documents.register(f.clerk(), f.unitId(), "CẢI CÁCH")).hasSize(1);
        assertThat(documents.register(f.clerk(), f.unitId(), "thong tu")).isEmpty();
        assertThat(documents.forReport(f.clerk(), f.reportId(), "ke hoach")).hasSize(1);
    }

    @Test
    void theCountsByTypeAreTheUnitsOwnDocumentsOfThePeriodUnlessCountsWereEntered() {
        documents.create(f.clerk(), f.unitId(), input("KH", "09/KH-UBND", START, null), null);
        documents.create(f.clerk(), f.unitId(), input("KH", "10/KH-UBND", END, null), null);
        documents.create(f.clerk(), f.unitId(), input("QD", "11/QĐ-UBND", START.plusDays(40), null), null);
        documents.create(f.clerk(), f.unitId(), input("KH", "01/KH-UBND", START.minusDays(1), null), null);
        documents.create(f.clerk(), f.unitId(), input("KH", "02/KH-UBND", END.plusDays(1), null), null);
        documents.create(f.clerk(), f.unitId(), input("CV", "05/UBND-VP", null, null), null);
        documents.create(
                f.clerk(),
                f.unitId(),
                new DocumentInput("HIGHER", "UBND huyện", "KH", "7/KH-UBND", START.plusDays(3), "x", false, List.of()),
                null);
        // the window's first and last day count; before, after, undated and other issuers do not; most first
        assertThat(documents.issuedInPeriod(f.reportId())).containsExactly(Map.entry("KH", 2), Map.entry("QD", 1));
        jdbc.update("insert into document_type_count (report_id, doc_type, count) values (?, 'TB', 4)", f.reportId());
        assertThat(documents.issuedInPeriod(f.reportId())).containsExactly(Map.entry("TB", 4));
    }

    @Test
    void reportDocumentsAreTheWindowPlusThePicked() {
        DocumentView inside = documents.create(
                f.clerk(), f.unitId(), input("KH", "09/KH-UBND", LocalDate.of(2023, 2, 13), null), null);
        DocumentView basis = documents.create(
                f.clerk(),
                f.unitId(),
                new DocumentInput(
                        "HIGHER",
                        "Chính phủ",
                        "ND",
                        "30/2020/NĐ-CP",
                        LocalDate.of(2020, 3, 5),
                        "về công tác văn thư",
                        true,
                        List.of("II.1")),
                f.reportId());
        DocumentView outside = documents.create(
                f.clerk(), f.unitId(), input("KH", "01/KH-UBND", LocalDate.of(2021, 1, 2), null), null);
        DocumentView undated = documents.create(f.clerk(), f.unitId(), input("CV", "05/UBND-VP", null, null), null);
        assertThat(documents.forReport(f.reportId()))
                .extracting(DocumentView::id)
                .containsExactly(basis.id(), inside.id());
        documents.attach(f.clerk(), f.reportId(), undated.id());
        assertThat(documents.forReport(f.reportId()))
                .extracting(DocumentView::id)
                .containsExactly(basis.id(), inside.id(), undated.id());
        documents.detach(f.clerk(), f.reportId(), basis.id());
        assertThat(documents.forReport(f.reportId()))
                .extracting(DocumentView::id)
                .doesNotContain(basis.id(), outside.id());
        assertThat(documents.byIds(List.of(outside.id(), inside.id())))
                .extracting(DocumentView::numberSymbol)
                .containsExactly("01/KH-UBND", "09/KH-UBND");
    }

    @Test
    void secondSaveFromTheSameVersionIsRefusedAndTheFirstKept() throws Exception {
        DocumentView d = documents.create(
                f.clerk(), f.unitId(), input("KH", "36/KH-UBND", LocalDate.of(2023, 1, 5), "bản đầu"), null);
        DocumentView first = documents.update(
                f.clerk(), d.id(), input("KH", "36/KH-UBND", LocalDate.of(2023, 1, 5), "sửa lần một"), d.version());
        assertThat(first.version()).isGreaterThan(d.version());
        assertThatThrownBy(() -> documents.update(
                        f.clerk(),
                        d.id(),
                        input("KH", "36/KH-UBND", LocalDate.of(2023, 1, 5), "sửa lần hai"),
                        d.version()))
                .isInstanceOf(StaleDocumentException.class);
        assertThat(documents.get(f.clerk(), d.id()).summary()).isEqualTo("sửa lần một");

        // the page keeps the user's input and says what is stored now
        mvc.perform(post("/reports/" + f.reportId() + "/documents/" + d.id())
                        .with(user(f.clerk()))
                        .with(csrf())
                        .param("issuerKind", "OWN")
                        .param("issuerName", "UBND xã Thử Nghiệm")
                        .param("docType", "KH")
                        .param("numberSymbol", "36/KH-UBND")
                        .param("issuedOn", "05/01/2023")
                        .param("summary", "sửa trên trang cũ")
                        .param("sections", "I")
                        .param("version", String.valueOf(d.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dữ liệu đã được người khác thay đổi")))
                .andExpect(result -> assertThat(unescaped(result)).contains("sửa trên trang cũ"))
                .andExpect(content().string(containsString("Trích yếu: «sửa lần một»")));
        assertThat(documents.get(f.clerk(), d.id()).summary()).isEqualTo("sửa lần một");
    }

    @Test
    void updateIsAuditedWithBeforeAndAfter() {
        DocumentView d = documents.create(
                f.clerk(), f.unitId(), input("KH", "37/KH-UBND", LocalDate.of(2022, 12, 30), "trước khi sửa"), null);
        documents.update(
                f.clerk(), d.id(), input("KH", "37/KH-UBND", LocalDate.of(2022, 12, 30), "sau khi sửa"), d.version());
        AuditEntryView last = audit.forEntity(IssuedDocuments.ENTITY, d.id()).get(0);
        assertThat(last.action()).isEqualTo("UPDATE");
        assertThat(last.before()).contains("trước khi sửa").doesNotContain("sau khi sửa");
        assertThat(last.after()).contains("sau khi sửa");
    }

    @Test
    void aSubmittedReportRefusesAttachingButTheRegisterStaysEditable() throws Exception {
        DocumentView d = documents.create(
                f.clerk(), f.unitId(), input("KH", "05/KH-UBND", LocalDate.of(2021, 5, 5), "cũ"), null);
        fixture.setStatus(f.reportId(), "SUBMITTED");
        mvc.perform(post("/reports/" + f.reportId() + "/documents/" + d.id() + "/attach")
                        .with(user(f.clerk()))
                        .with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/reports/" + f.reportId() + "/documents")
                        .with(user(f.clerk()))
                        .with(csrf())
                        .param("issuerKind", "OWN")
                        .param("issuerName", "UBND xã")
                        .param("docType", "KH")
                        .param("numberSymbol", "06/KH-UBND")
                        .param("attach", "true"))
                .andExpect(status().isConflict());
        assertThat(documents.attachedIds(f.reportId())).isEmpty();
        assertThat(documents.register(f.clerk(), f.unitId(), null)).hasSize(1);
        mvc.perform(post("/reports/" + f.reportId() + "/documents/" + d.id())
                        .with(user(f.clerk()))
                        .with(csrf())
                        .param("issuerKind", "OWN")
                        .param("issuerName", "UBND xã Thử Nghiệm")
                        .param("docType", "KH")
                        .param("numberSymbol", "05/KH-UBND")
                        .param("summary", "sửa sau khi trình")
                        .param("version", String.valueOf(d.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(documents.get(f.clerk(), d.id()).summary()).isEqualTo("sửa sau khi trình");
    }

    @Test
    void countsByTypeAreSavedAndGuarded() throws Exception {
        mvc.perform(post("/reports/" + f.reportId() + "/documents/counts")
                        .with(user(f.clerk()))
                        .with(csrf())
                        .param("count_KH", "12")
                        .param("count_QD", "7")
                        .param("count_CV", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(documents.typeCounts(f.reportId())).containsExactly(Map.entry("KH", 12), Map.entry("QD", 7));
        assertThatThrownBy(() -> documents.saveTypeCounts(f.clerk(), f.reportId(), Map.of("KH", -1)))
                .isInstanceOf(ValidationFailedException.class);
        fixture.setStatus(f.reportId(), "SIGNED");
        mvc.perform(post("/reports/" + f.reportId() + "/documents/counts")
                        .with(user(f.clerk()))
                        .with(csrf())
                        .param("count_KH", "1"))
                .andExpect(status().isConflict());
        assertThat(documents.typeCounts(f.reportId())).containsEntry("KH", 12);
    }

    @Test
    void aCitedDocumentCannotBeDeleted() {
        DocumentView d = documents.create(
                f.clerk(), f.unitId(), input("TB", "02/TB-UBND", LocalDate.of(2023, 2, 17), null), f.reportId());
        assertThatThrownBy(() -> documents.delete(f.clerk(), d.id(), d.version()))
                .isInstanceOf(ConflictException.class);
        documents.detach(f.clerk(), f.reportId(), d.id());
        documents.delete(f.clerk(), d.id(), d.version());
        assertThat(documents.register(f.clerk(), f.unitId(), null)).isEmpty();
        assertThat(audit.forEntity(IssuedDocuments.ENTITY, d.id()).get(0).action())
                .isEqualTo("DELETE");
    }

    @Test
    void anotherCommunesClerkGets404OnLienMacRecordPages() throws Exception {
        UnitViewer lienMacClerk = (UnitViewer) users.loadUserByUsername("lienmac-clerk");
        long report = reports.visible(lienMacClerk, 2023, null).get(0).id();
        long doc = documents.forReport(report).get(0).id();
        var other = user(users.loadUserByUsername("thanhhong-clerk"));
        for (String page :
                List.of("/documents", "/documents/" + doc, "/indicators", "/narrative", "/tasks", "/header")) {
            mvc.perform(get("/reports/" + report + page).with(other))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("Liên Mạc"))));
        }
        mvc.perform(post("/reports/" + report + "/narrative")
                        .with(other)
                        .with(csrf())
                        .param("rows[0].code", "I")
                        .param("rows[0].body", "x"))
                .andExpect(status().isNotFound());
        // and a clerk cannot open a Liên Mạc document through their own report either
        long own = reports.visible((UnitViewer) users.loadUserByUsername("thanhhong-clerk"), 2023, null)
                .get(0)
                .id();
        mvc.perform(get("/reports/" + own + "/documents/" + doc).with(other)).andExpect(status().isNotFound());
    }
}
