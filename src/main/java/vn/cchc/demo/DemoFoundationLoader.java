package vn.cchc.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.account.Accounts;
import vn.cchc.account.NewAccount;
import vn.cchc.account.Role;
import vn.cchc.orgunit.NewOrgUnit;
import vn.cchc.orgunit.OfficialPosition;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.OrgUnitLevel;
import vn.cchc.orgunit.OrgUnits;
import vn.cchc.orgunit.Successions;
import vn.cchc.orgunit.UnitOfficials;
import vn.cchc.period.NewPeriod;
import vn.cchc.period.PeriodKind;
import vn.cchc.period.Periods;
import vn.cchc.period.ReportingPeriod;
import vn.cchc.report.Reports;
import vn.cchc.shared.StartupDataStep;

/**
 * Units, accounts, periods and empty reports of the demo: tỉnh Hải Dương → huyện Thanh Hà → xã Liên Mạc and
 * four neighbours in 2023 (plus huyện Tứ Kỳ as "another district"); since 01/07/2025 communes report straight
 * to thành phố Hải Phòng. Runs only on an empty database.
 */
@Component
@ConditionalOnProperty(name = "cchc.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoFoundationLoader extends StartupDataStep {

    @Override
    protected int order() {
        return 0;
    }

    static final LocalDate SINCE = LocalDate.of(1997, 1, 1);
    static final LocalDate DISTRICTS_END = LocalDate.of(2025, 6, 30);
    static final LocalDate TWO_TIER_START = LocalDate.of(2025, 7, 1);
    static final String PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoFoundationLoader.class);
    private final OrgUnits orgUnits;
    private final Successions successions;
    private final Accounts accounts;
    private final Periods periods;
    private final Reports reports;
    private final TransactionTemplate tx;
    private final UnitOfficials officials;

    DemoFoundationLoader(
            OrgUnits orgUnits,
            Successions successions,
            Accounts accounts,
            Periods periods,
            Reports reports,
            TransactionTemplate tx,
            UnitOfficials officials) {
        this.officials = officials;
        this.orgUnits = orgUnits;
        this.successions = successions;
        this.accounts = accounts;
        this.periods = periods;
        this.reports = reports;
        this.tx = tx;
    }

    @Override
    protected void load() {
        if (!orgUnits.all().isEmpty()) return;
        tx.executeWithoutResult(s -> loadAll());
        log.info("Demo data set loaded (units, accounts, periods, reports)");
    }

    private void loadAll() {
        Map<String, OrgUnit> u = new HashMap<>();
        u.put(
                "HAI_DUONG",
                unit(
                        "HAI_DUONG",
                        "30",
                        "tỉnh Hải Dương",
                        "UBND TỈNH HẢI DƯƠNG",
                        "Hải Dương",
                        OrgUnitLevel.PROVINCE,
                        DISTRICTS_END,
                        null));
        u.put(
                "HAI_PHONG",
                unit(
                        "HAI_PHONG",
                        "31",
                        "thành phố Hải Phòng",
                        "UBND THÀNH PHỐ HẢI PHÒNG",
                        "Hải Phòng",
                        OrgUnitLevel.PROVINCE,
                        null,
                        null));
        u.put(
                "THANH_HA",
                unit(
                        "THANH_HA",
                        "294",
                        "huyện Thanh Hà",
                        "UBND HUYỆN THANH HÀ",
                        "Thanh Hà",
                        OrgUnitLevel.DISTRICT,
                        DISTRICTS_END,
                        u.get("HAI_DUONG")));
        u.put(
                "TU_KY",
                unit(
                        "TU_KY",
                        "298",
                        "huyện Tứ Kỳ",
                        "UBND HUYỆN TỨ KỲ",
                        "Tứ Kỳ",
                        OrgUnitLevel.DISTRICT,
                        DISTRICTS_END,
                        u.get("HAI_DUONG")));
        for (String[] c : List.of(
                new String[] {"LIEN_MAC", "xã Liên Mạc", "UBND XÃ LIÊN MẠC", "Liên Mạc", "THANH_HA"},
                new String[] {"THANH_HONG", "xã Thanh Hồng", "UBND XÃ THANH HỒNG", "Thanh Hồng", "THANH_HA"},
                new String[] {"THANH_XA", "xã Thanh Xá", "UBND XÃ THANH XÁ", "Thanh Xá", "THANH_HA"},
                new String[] {"CAM_CHE", "xã Cẩm Chế", "UBND XÃ CẨM CHẾ", "Cẩm Chế", "THANH_HA"},
                new String[] {"THANH_KHE", "xã Thanh Khê", "UBND XÃ THANH KHÊ", "Thanh Khê", "THANH_HA"},
                new String[] {"TAN_KY", "xã Tân Kỳ", "UBND XÃ TÂN KỲ", "Tân Kỳ", "TU_KY"})) {
            u.put(c[0], unit(c[0], null, c[1], c[2], c[3], OrgUnitLevel.COMMUNE, DISTRICTS_END, u.get(c[4])));
        }
        // Two-tier local government since 01/07/2025: the province merged into Hải Phòng, communes merged and
        // report straight to the province. The successor communes below are illustrative demo data.
        successions.record(
                u.get("HAI_DUONG").getId(),
                u.get("HAI_PHONG").getId(),
                TWO_TIER_START,
                "MERGE",
                "Sắp xếp đơn vị hành chính cấp tỉnh năm 2025");
        u.put("HA_BAC", newCommune("HA_BAC", "xã Hà Bắc", "UBND XÃ HÀ BẮC", "Hà Bắc", u.get("HAI_PHONG")));
        u.put("HA_DONG", newCommune("HA_DONG", "xã Hà Đông", "UBND XÃ HÀ ĐÔNG", "Hà Đông", u.get("HAI_PHONG")));
        for (String old : List.of("LIEN_MAC", "THANH_XA", "CAM_CHE")) merge(u.get(old), u.get("HA_BAC"));
        for (String old : List.of("THANH_HONG", "THANH_KHE")) merge(u.get(old), u.get("HA_DONG"));

        account("admin", "Quản trị hệ thống", Role.ADMIN, null);
        account("lienmac-clerk", "Nguyễn Thị Thu Hà (demo)", Role.CLERK, u.get("LIEN_MAC"));
        account("lienmac-chair", "Phạm Văn Cảnh", Role.CHAIRMAN, u.get("LIEN_MAC"));
        account("thanhhong-clerk", "Trần Văn Bình (demo)", Role.CLERK, u.get("THANH_HONG"));
        account("thanhhong-chair", "Lê Văn Minh (demo)", Role.CHAIRMAN, u.get("THANH_HONG"));
        account("thanhxa-clerk", "Đỗ Thị Mai (demo)", Role.CLERK, u.get("THANH_XA"));
        account("camche-clerk", "Vũ Văn Nam (demo)", Role.CLERK, u.get("CAM_CHE"));
        account("thanhkhe-clerk", "Hoàng Thị Lan (demo)", Role.CLERK, u.get("THANH_KHE"));
        account("thanhha-noivu", "Phòng Nội vụ huyện Thanh Hà (demo)", Role.REVIEWER, u.get("THANH_HA"));
        account("tuky-noivu", "Phòng Nội vụ huyện Tứ Kỳ (demo)", Role.REVIEWER, u.get("TU_KY"));
        account("tanky-clerk", "Ngô Văn Tùng (demo)", Role.CLERK, u.get("TAN_KY"));
        account("haiphong-snv", "Sở Nội vụ thành phố Hải Phòng (demo)", Role.REVIEWER, u.get("HAI_PHONG"));
        account("habac-clerk", "Bùi Thị Hồng (demo)", Role.CLERK, u.get("HA_BAC"));
        account("habac-chair", "Đinh Văn Sơn (demo)", Role.CHAIRMAN, u.get("HA_BAC"));

        // The signers are people on record (the chairmen of the communes whose chairman has an account)
        officials.add(u.get("LIEN_MAC").getId(), "Phạm Văn Cảnh", OfficialPosition.CHAIRMAN, SINCE, null);
        officials.add(u.get("THANH_HONG").getId(), "Lê Văn Minh (demo)", OfficialPosition.CHAIRMAN, SINCE, null);
        officials.add(u.get("HA_BAC").getId(), "Đinh Văn Sơn (demo)", OfficialPosition.CHAIRMAN, TWO_TIER_START, null);
        // the other demo communes have a chairman on record too (synthetic names), so any of them can sign
        officials.add(u.get("THANH_XA").getId(), "Đỗ Văn Hải (demo)", OfficialPosition.CHAIRMAN, SINCE, null);
        officials.add(u.get("CAM_CHE").getId(), "Vũ Đức Long (demo)", OfficialPosition.CHAIRMAN, SINCE, null);
        officials.add(u.get("THANH_KHE").getId(), "Hoàng Văn Phúc (demo)", OfficialPosition.CHAIRMAN, SINCE, null);
        officials.add(u.get("TAN_KY").getId(), "Ngô Quang Thắng (demo)", OfficialPosition.CHAIRMAN, SINCE, null);
        officials.add(u.get("HA_DONG").getId(), "Lý Văn Quý (demo)", OfficialPosition.CHAIRMAN, TWO_TIER_START, null);

        // Hải Dương set its own annual window: 10/12 of the previous year to 09/12.
        ReportingPeriod y2023 = periods.create(new NewPeriod(
                u.get("HAI_DUONG").getId(),
                PeriodKind.YEAR,
                "năm 2023",
                2023,
                LocalDate.of(2022, 12, 10),
                LocalDate.of(2023, 12, 9),
                LocalDate.of(2023, 12, 15)));
        for (String c : List.of("LIEN_MAC", "THANH_HONG", "THANH_XA", "CAM_CHE", "THANH_KHE", "TAN_KY")) {
            reports.createEmpty(u.get(c).getId(), y2023.getId());
        }
        // The 2025 annual window (Decree 09/2019: 15/12 to 14/12) straddles the change to two tiers.
        ReportingPeriod y2025 = periods.create(new NewPeriod(
                u.get("HAI_PHONG").getId(),
                PeriodKind.YEAR,
                "năm 2025",
                2025,
                LocalDate.of(2024, 12, 15),
                LocalDate.of(2025, 12, 14),
                LocalDate.of(2025, 12, 20)));
        for (String c : List.of("HA_BAC", "HA_DONG"))
            reports.createEmpty(u.get(c).getId(), y2025.getId());
    }

    private OrgUnit unit(
            String code,
            String official,
            String name,
            String letterhead,
            String place,
            OrgUnitLevel level,
            LocalDate validTo,
            OrgUnit parent) {
        return orgUnits.create(new NewOrgUnit(
                code,
                official,
                name,
                letterhead,
                place,
                level,
                SINCE,
                validTo,
                parent == null ? null : parent.getId()));
    }

    private OrgUnit newCommune(String code, String name, String letterhead, String place, OrgUnit province) {
        return orgUnits.create(new NewOrgUnit(
                code, null, name, letterhead, place, OrgUnitLevel.COMMUNE, TWO_TIER_START, null, province.getId()));
    }

    private void merge(OrgUnit predecessor, OrgUnit successor) {
        successions.record(
                predecessor.getId(),
                successor.getId(),
                TWO_TIER_START,
                "MERGE",
                "Sắp xếp đơn vị hành chính cấp xã năm 2025 (dữ liệu minh họa)");
    }

    private void account(String username, String fullName, Role role, OrgUnit unit) {
        accounts.create(new NewAccount(username, PASSWORD, fullName, role, unit == null ? null : unit.getId(), false));
    }
}
