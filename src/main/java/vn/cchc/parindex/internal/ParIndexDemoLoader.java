package vn.cchc.parindex.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.UnitViewer;
import vn.cchc.parindex.AppraisalInput;
import vn.cchc.parindex.Criterion;
import vn.cchc.parindex.ParAssessments;
import vn.cchc.parindex.ParIndex;
import vn.cchc.parindex.ParIndexes;
import vn.cchc.parindex.SelfScoreInput;
import vn.cchc.parindex.TieRule;
import vn.cchc.shared.StartupDataStep;

/**
 * Demo: the sample index for tỉnh Hải Dương 2023 and a finalised 2023 assessment of the five Thanh Hà communes
 * (synthetic scores; Thanh Hồng and Thanh Xá tie). Runs once, when Hải Dương has no 2023 index.
 */
@Component
@ConditionalOnProperty(name = "cchc.demo.enabled", havingValue = "true", matchIfMissing = true)
class ParIndexDemoLoader extends StartupDataStep {

    private static final Logger log = LoggerFactory.getLogger(ParIndexDemoLoader.class);
    /** Commune → survey points and the one score the office lowers (code, points, reason). */
    private static final Map<String, String[]> DEMO = Map.of(
            "LIEN_MAC", new String[] {"39,95", "3.3.2", "0", "Có 3 hồ sơ trễ hạn nhưng không có văn bản xin lỗi."},
            "THANH_HONG", new String[] {"38,5", "1.3.2", "0,5", "Mới xử lý một phần tồn tại sau kiểm tra."},
            "THANH_XA", new String[] {"39", "7.3", "1", "Trang thông tin chưa cập nhật thường xuyên."},
            "CAM_CHE", new String[] {"37,25", null, null, null},
            "THANH_KHE", new String[] {"36", "5.4", "1,5", "Một công chức bị nhắc nhở về kỷ luật hành chính."});

    private final ParIndexes indexes;
    private final ParAssessments assessments;
    private final OrgUnits orgUnits;
    private final TransactionTemplate tx;

    ParIndexDemoLoader(ParIndexes indexes, ParAssessments assessments, OrgUnits orgUnits, TransactionTemplate tx) {
        this.indexes = indexes;
        this.assessments = assessments;
        this.orgUnits = orgUnits;
        this.tx = tx;
    }

    @Override
    protected int order() {
        return 40;
    }

    @Override
    protected void load() {
        OrgUnit province = orgUnits.byCode("HAI_DUONG").orElse(null);
        OrgUnit office = orgUnits.byCode("THANH_HA").orElse(null);
        if (province == null
                || office == null
                || indexes.owned(province.getId(), 2023).isPresent()) return;
        tx.executeWithoutResult(s -> {
            ParIndex index = indexes.importRows(
                    province.getId(),
                    new ParIndexes.Header(
                            2023,
                            "Bộ Chỉ số CCHC cấp xã năm 2023 (mẫu)",
                            "theo cấu trúc QĐ số 3009/QĐ-UBND ngày 01/11/2017 của UBND tỉnh Quảng Trị",
                            TieRule.SHARED),
                    CriteriaTsv.sample());
            DEMO.forEach(
                    (code, d) -> orgUnits.byCode(code).ifPresent(u -> assess(index, u.getId(), office.getId(), d)));
        });
        log.info("Demo PAR index loaded (Hải Dương 2023, five Thanh Hà communes appraised)");
    }

    private void assess(ParIndex index, long unitId, long officeId, String[] d) {
        UnitViewer commune = viewer(unitId, false);
        UnitViewer office = viewer(officeId, true);
        List<SelfScoreInput> self = new ArrayList<>();
        for (Criterion c : index.leaves()) {
            if (!c.survey())
                self.add(new SelfScoreInput(c.code(), Points.format(c.maxPoints()), "Số liệu mẫu (demo).", List.of()));
        }
        assessments.saveSelf(commune, unitId, 2023, null, self);
        assessments.submit(commune, unitId, 2023);
        List<AppraisalInput> appraisal = new ArrayList<>(List.of(new AppraisalInput("8", d[0], null)));
        if (d[1] != null) appraisal.add(new AppraisalInput(d[1], d[2], d[3]));
        assessments.appraise(office, unitId, 2023, appraisal);
        assessments.finalise(office, unitId, 2023);
    }

    private static UnitViewer viewer(long unitId, boolean office) {
        return new UnitViewer() {
            public Long unitId() {
                return unitId;
            }

            public boolean seesSubordinates() {
                return office;
            }

            public boolean seesAll() {
                return false;
            }
        };
    }
}
