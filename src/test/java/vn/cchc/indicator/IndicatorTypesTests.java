package vn.cchc.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.IntegrationTest;
import vn.cchc.RecordsFixture;
import vn.cchc.RecordsFixture.Fresh;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.period.Periods;
import vn.cchc.report.Reports;
import vn.cchc.shared.ValidationFailedException;

/**
 * Typed figures as public commune reports write them: a PAR score «43,26/60 điểm», budget «4,42 tỷ đồng» and
 * «350 triệu đồng» kept exactly in đồng, a date, a yes/no, «khoảng 300». And a kind change that would orphan
 * entered values is refused with their number. Entries are created inactive so other reports' pages do not grow.
 */
@IntegrationTest
class IndicatorTypesTests {

    @Autowired
    IndicatorValues values;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    Periods periods;

    @Autowired
    Reports reports;

    @Autowired
    JdbcTemplate jdbc;

    Fresh f;
    String p;

    @BeforeEach
    void setUp() {
        f = new RecordsFixture(orgUnits, periods, reports, jdbc)
                .commune(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 12, 14));
        p = "T" + Long.toString(System.nanoTime(), 36).toUpperCase() + "_";
    }

    Indicator create(String code, String kind, String unit, String moneyScale, String outOf) {
        return catalogue.create(new IndicatorInput(
                p + code,
                "Chỉ tiêu " + code,
                unit,
                "II.6",
                kind,
                900,
                false,
                moneyScale,
                outOf,
                null,
                null,
                null,
                null,
                null,
                null));
    }

    Map<String, IndicatorValueView> stored() {
        return values.forReport(f.reportId()).stream()
                .collect(Collectors.toMap(v -> v.code().substring(p.length()), Function.identity()));
    }

    @Test
    void everyKindIsStoredTypedAndPrintedAsReportsWriteIt() {
        create("PAR_SCORE", "DECIMAL", "điểm", null, "60");
        create("REVENUE", "MONEY", "đồng", "BILLION", null);
        create("SUPPORT", "MONEY", "đồng", "MILLION", null);
        create("INVEST", "MONEY", "đồng", "AUTO", null);
        create("BUDGET_PLAIN", "MONEY", "đồng", null, null);
        create("ISO_DATE", "DATE", null, null, null);
        create("HAS_KIOSK", "YES_NO", null, null, null);
        create("VISITS", "COUNT", "lượt", null, null);
        create("SATISFACTION", "PERCENT", "%", null, null);
        values.saveAll(
                f.clerk(),
                f.reportId(),
                List.of(
                        new ValueInput(p + "PAR_SCORE", "43,26", "EXACT", null, null),
                        new ValueInput(p + "REVENUE", "4,42 tỷ", "EXACT", null, null),
                        new ValueInput(p + "SUPPORT", "350 triệu đồng", "EXACT", null, null),
                        new ValueInput(p + "INVEST", "1.250.000.000", "OVER", null, null),
                        new ValueInput(p + "BUDGET_PLAIN", "4.500.845.758", "EXACT", null, null),
                        new ValueInput(p + "ISO_DATE", "05/03/2024", "EXACT", null, null),
                        new ValueInput(p + "HAS_KIOSK", "có", "EXACT", null, null),
                        new ValueInput(p + "VISITS", "300", "ABOUT", null, null),
                        new ValueInput(p + "SATISFACTION", "96,2", "EXACT", null, null)));
        Map<String, IndicatorValueView> v = stored();
        assertThat(v.get("PAR_SCORE").numericValue()).isEqualByComparingTo("43.26");
        assertThat(v.get("REVENUE").numericValue()).isEqualByComparingTo(new BigDecimal("4420000000"));
        assertThat(v.get("SUPPORT").numericValue()).isEqualByComparingTo(new BigDecimal("350000000"));
        assertThat(v.get("ISO_DATE").dateValue()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(v.get("HAS_KIOSK").yesNo()).isTrue();
        assertThat(v.get("PAR_SCORE").printed()).isEqualTo("43,26/60 điểm");
        assertThat(v.get("REVENUE").printed()).isEqualTo("4,42 tỷ đồng");
        assertThat(v.get("SUPPORT").printed()).isEqualTo("350 triệu đồng");
        assertThat(v.get("INVEST").printed()).isEqualTo("trên 1,25 tỷ đồng");
        assertThat(v.get("BUDGET_PLAIN").printed()).isEqualTo("4.500.845.758");
        assertThat(v.get("ISO_DATE").printed()).isEqualTo("05/03/2024");
        assertThat(v.get("HAS_KIOSK").printed()).isEqualTo("có");
        assertThat(v.get("VISITS").printed()).isEqualTo("khoảng 300");
        assertThat(v.get("SATISFACTION").printed()).isEqualTo("96,2 %");
        assertThat(values.entries(f.clerk(), f.reportId()))
                .filteredOn(e -> e.code().equals(p + "REVENUE"))
                .singleElement()
                .satisfies(
                        e -> assertThat(e.value()).as("edited exactly, in đồng").isEqualTo("4.420.000.000"));
    }

    @Test
    void badFiguresAreRefusedNamingTheIndicatorAndTheRule() {
        create("PAR_SCORE", "DECIMAL", "điểm", null, "60");
        create("REVENUE", "MONEY", "đồng", "BILLION", null);
        create("ISO_DATE", "DATE", null, null, null);
        create("HAS_KIOSK", "YES_NO", null, null, null);
        assertThatThrownBy(() -> values.saveAll(
                        f.clerk(),
                        f.reportId(),
                        List.of(
                                new ValueInput(p + "PAR_SCORE", "63,5", "EXACT", null, null),
                                new ValueInput(p + "REVENUE", "4,4212345678 tỷ", "EXACT", null, null),
                                new ValueInput(p + "ISO_DATE", "31/02/2024", "EXACT", null, null),
                                new ValueInput(p + "HAS_KIOSK", "đang làm", "EXACT", null, null))))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.violations())
                                .extracting(x -> x.message())
                                .containsExactly(
                                        "«Chỉ tiêu PAR_SCORE»: phải là số từ 0 đến 60 (thang điểm), tối đa 4 chữ số thập phân (ví dụ 43,26); đã nhập «63,5».",
                                        "«Chỉ tiêu REVENUE»: phải là số tiền nguyên không âm, tính bằng đồng (ví dụ 4.500.845.758); đã nhập «4,4212345678 tỷ».",
                                        "«Chỉ tiêu ISO_DATE»: phải là ngày dạng dd/MM/yyyy (ví dụ 10/12/2023); đã nhập «31/02/2024».",
                                        "«Chỉ tiêu HAS_KIOSK»: chỉ nhận «có» hoặc «không»; đã nhập «đang làm»."));
        assertThat(stored()).isEmpty();
    }

    @Test
    void aKindChangeThatWouldOrphanValuesIsRefusedWithTheirNumber() {
        Indicator i = create("MEETINGS", "COUNT", "cuộc", null, null);
        long second = new RecordsFixture(orgUnits, periods, reports, jdbc)
                .reportFor(f.unitId(), LocalDate.of(2024, 12, 15), LocalDate.of(2025, 6, 14));
        values.saveAll(f.clerk(), f.reportId(), List.of(new ValueInput(i.getCode(), "13", "EXACT", null, null)));
        values.saveAll(f.clerk(), second, List.of(new ValueInput(i.getCode(), "150", "EXACT", null, null)));
        IndicatorInput toDate = new IndicatorInput(i.getCode(), i.getLabel(), "cuộc", "II.6", "DATE", 900, false);
        assertThatThrownBy(() -> catalogue.update(i.getId(), toDate, i.getVersion()))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(x -> {
                            assertThat(x.field()).isEqualTo("kind");
                            assertThat(x.message())
                                    .isEqualTo(
                                            "Kiểu số liệu: không đổi được từ «Số đếm» sang «Ngày tháng» vì 2 giá trị "
                                                    + "đã nhập trong các báo cáo sẽ không còn đọc được theo kiểu mới. Hãy sửa hoặc xóa các giá trị đó "
                                                    + "trước, hoặc tạo chỉ tiêu mới.");
                        }));
        IndicatorInput toPercent = new IndicatorInput(i.getCode(), i.getLabel(), "%", "II.6", "PERCENT", 900, false);
        assertThatThrownBy(() -> catalogue.update(i.getId(), toPercent, i.getVersion()))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.violations().get(0).message()).contains("vì 1 giá trị"));
        assertThat(catalogue.get(i.getId()).getKind()).isEqualTo(IndicatorKind.COUNT);
        Indicator asDecimal = catalogue.update(
                i.getId(),
                new IndicatorInput(i.getCode(), i.getLabel(), "cuộc", "II.6", "DECIMAL", 900, false),
                i.getVersion());
        assertThat(asDecimal.getKind())
                .as("13 and 150 read as decimals: nothing lost")
                .isEqualTo(IndicatorKind.DECIMAL);
        assertThat(stored().get("MEETINGS").printed()).isEqualTo("13");
    }
}
