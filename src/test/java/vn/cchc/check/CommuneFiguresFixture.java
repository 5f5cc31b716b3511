package vn.cchc.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.RecordsFixture;
import vn.cchc.RecordsFixture.Fresh;
import vn.cchc.dossier.DossierGroupKind;
import vn.cchc.dossier.DossierRowView;
import vn.cchc.dossier.DossierStatisticsService;
import vn.cchc.indicator.IndicatorCatalogue;
import vn.cchc.indicator.IndicatorInput;
import vn.cchc.indicator.IndicatorValues;
import vn.cchc.indicator.ValueInput;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;

/**
 * A commune report with figures of the shapes seen in public CCHC reports of communes and wards (2023–2024), not
 * the Liên Mạc demo: petitions told as a total and its kinds ("tiếp nhận 16 đơn: 15 kiến nghị, phản ánh, 01 khiếu
 * nại"), a PAR score out of 100 ("đạt 83,21/100 điểm"), a satisfaction rate beside the survey counts ("96,2 %"
 * of 1.250 asked), budget revenue in tỷ ("4,42 tỷ đồng"), a support sum in triệu ("350 triệu đồng"), an approximate
 * count ("khoảng 300 lượt"), the date of a self-assessment, a yes/no, and a Biểu 06 row of 2.060 received, 2.051
 * resolved (1.990 early, 51 on time, 10 late), 9 pending. Its indicators belong to the fixture's own district
 * (the office's catalogue), so no other report sees them. {@link #consistent()} enters figures that all agree.
 */
public final class CommuneFiguresFixture {

    public final Fresh f;
    public final String p;
    private final IndicatorCatalogue catalogue;
    private final IndicatorValues values;
    private final DossierStatisticsService dossier;

    public CommuneFiguresFixture(
            OrgUnits orgUnits,
            Periods periods,
            Reports reports,
            JdbcTemplate jdbc,
            IndicatorCatalogue catalogue,
            IndicatorValues values,
            DossierStatisticsService dossier) {
        this.catalogue = catalogue;
        this.values = values;
        this.dossier = dossier;
        this.f = new RecordsFixture(orgUnits, periods, reports, jdbc)
                .commune(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 12, 14));
        this.p = "F" + Long.toString(System.nanoTime(), 36).toUpperCase() + "_";
        define();
    }

    private void define() {
        add("COMPLAINTS", "Số đơn khiếu nại", "đơn", "COUNT", null, null, null, null, null);
        add("DENUNCIATIONS", "Số đơn tố cáo", "đơn", "COUNT", null, null, null, null, null);
        add("REQUESTS", "Số đơn kiến nghị, phản ánh", "đơn", "COUNT", null, null, null, null, null);
        add(
                "PETITIONS",
                "Tổng số đơn thư tiếp nhận",
                "đơn",
                "COUNT",
                null,
                null,
                List.of(p + "DENUNCIATIONS", p + "COMPLAINTS", p + "REQUESTS"),
                null,
                null);
        add("PAR_SCORE", "Điểm Chỉ số CCHC tự đánh giá", "điểm", "DECIMAL", null, "100", null, null, null);
        add("SURVEYED", "Số phiếu khảo sát sự hài lòng", "phiếu", "COUNT", null, null, null, null, null);
        add("SATISFIED", "Số phiếu hài lòng", "phiếu", "COUNT", null, null, null, null, null);
        add(
                "SATISFACTION_RATE",
                "Tỷ lệ hài lòng của người dân",
                "%",
                "PERCENT",
                null,
                null,
                null,
                "ind:" + p + "SATISFIED",
                "ind:" + p + "SURVEYED");
        add(
                "ON_TIME_RATE",
                "Tỷ lệ hồ sơ giải quyết trước hạn",
                "%",
                "PERCENT",
                null,
                null,
                null,
                "dossier:resolvedEarly",
                "dossier:resolvedTotal");
        add("REVENUE", "Thu ngân sách nhà nước trên địa bàn", "đồng", "MONEY", "BILLION", null, null, null, null);
        add("SUPPORT", "Kinh phí hỗ trợ công chức Bộ phận Một cửa", "đồng", "MONEY", "MILLION", null, null, null, null);
        add("BROADCASTS", "Số lượt phát thanh tuyên truyền CCHC", "lượt", "COUNT", null, null, null, null, null);
        add("SELF_ASSESSED_ON", "Ngày hoàn thành tự đánh giá Chỉ số CCHC", null, "DATE", null, null, null, null, null);
        add("KIOSK", "Có ki-ốt tra cứu tại Bộ phận Một cửa", null, "YES_NO", null, null, null, null, null);
    }

    private void add(
            String code,
            String label,
            String unit,
            String kind,
            String moneyScale,
            String outOf,
            List<String> parts,
            String numerator,
            String denominator) {
        catalogue.create(new IndicatorInput(
                p + code,
                label,
                unit,
                "II.6",
                kind,
                950,
                true,
                moneyScale,
                outOf,
                parts,
                numerator,
                denominator,
                f.districtId(),
                2099,
                2099));
    }

    /** The printed form each figure must take in every output. */
    public static final List<String> PRINTED = List.of(
            "16",
            "83,21/100 điểm",
            "96,2 %",
            "4,42 tỷ đồng",
            "350 triệu đồng",
            "khoảng 300",
            "02/12/2024",
            "có",
            "2.051");

    /** Figures that all agree: 15 + 1 + 0 = 16; 1.203 / 1.250 = 96,24 % printed 96,2 %; 1.990 / 2.051 = 97,03 %. */
    public void consistent() {
        enter(List.of(
                "DENUNCIATIONS",
                "0",
                "COMPLAINTS",
                "1",
                "REQUESTS",
                "15",
                "PETITIONS",
                "16",
                "SURVEYED",
                "1.250",
                "SATISFIED",
                "1.203",
                "SATISFACTION_RATE",
                "96,2",
                "ON_TIME_RATE",
                "97,03"));
        rows(2051, 1990, 51, 10);
    }

    public void enter(List<String> codeValue) {
        List<ValueInput> rows = new ArrayList<>();
        for (int i = 0; i < codeValue.size(); i += 2) {
            rows.add(new ValueInput(p + codeValue.get(i), codeValue.get(i + 1), "EXACT", null, null));
        }
        rows.add(new ValueInput(p + "PAR_SCORE", "83,21", "EXACT", null, null));
        rows.add(new ValueInput(p + "REVENUE", "4,42 tỷ", "EXACT", null, null));
        rows.add(new ValueInput(p + "SUPPORT", "350.000.000", "EXACT", null, null));
        rows.add(new ValueInput(p + "BROADCASTS", "300", "ABOUT", null, null));
        rows.add(new ValueInput(p + "SELF_ASSESSED_ON", "02/12/2024", "EXACT", null, null));
        rows.add(new ValueInput(p + "KIOSK", "có", "EXACT", null, null));
        values.saveAll(f.clerk(), f.reportId(), rows);
    }

    /** One UNIT row: 2.060 received (1.854 online, 200 direct, 6 carried over), the resolved split, 9 pending. */
    public void rows(Integer resolved, Integer early, Integer onTime, Integer late) {
        dossier.replace(
                f.clerk(),
                f.reportId(),
                dossier.get(f.clerk(), f.reportId()).version(),
                List.of(DossierRowView.of(
                        "Thử Nghiệm",
                        DossierGroupKind.UNIT,
                        2060,
                        1854,
                        200,
                        6,
                        resolved,
                        early,
                        onTime,
                        late,
                        9,
                        9,
                        0)));
    }
}
