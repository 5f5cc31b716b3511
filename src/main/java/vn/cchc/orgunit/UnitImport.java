package vn.cchc.orgunit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.orgunit.internal.UnitSheet;
import vn.cchc.shared.FieldViolation;
import vn.cchc.shared.ValidationFailedException;
import vn.cchc.shared.VnFormat;
import vn.cchc.spreadsheet.XlsxReader;

/**
 * The units of a province from one XLSX, all or none: every row is checked with the rules of a new unit
 * ({@link OrgUnitRules}, as on the page and the API) plus what only a file can break (a code twice, a parent that
 * is neither in the system nor in the file, a parent of the same or a lower level); any broken rule → every broken
 * row listed «Dòng N: …», nothing saved. Parents in the file are created before their children.
 */
@Service
public class UnitImport {

    private static final Map<String, String> COLUMN_OF = Map.of(
            "code",
            "A",
            "name",
            "B",
            "level",
            "C",
            "parentId",
            "D",
            "validFrom",
            "E",
            "validTo",
            "E",
            "officialCode",
            "F");

    private final XlsxReader reader;
    private final OrgUnits orgUnits;
    private final OrgUnitRepository units;

    UnitImport(XlsxReader reader, OrgUnits orgUnits, OrgUnitRepository units) {
        this.reader = reader;
        this.orgUnits = orgUnits;
        this.units = units;
    }

    public byte[] template() {
        return UnitSheet.template();
    }

    /** Creates every unit of the file, or throws the list of broken rules (nothing saved). */
    @Transactional
    public List<OrgUnit> importSheet(byte[] content) {
        List<UnitSheet.Line> lines = UnitSheet.read(reader, content);
        Map<String, UnitSheet.Line> inFile = new HashMap<>();
        List<FieldViolation> errors = new ArrayList<>();
        for (UnitSheet.Line l : lines) {
            errors.addAll(check(l, inFile, lines));
            if (!l.code().isBlank()) inFile.putIfAbsent(l.code().strip(), l);
        }
        if (!errors.isEmpty()) throw new ValidationFailedException(errors);
        Map<String, Long> created = new HashMap<>();
        List<OrgUnit> result = new ArrayList<>();
        for (UnitSheet.Line l : lines.stream()
                .sorted(Comparator.comparing(UnitSheet.Line::level))
                .toList()) {
            Long parentId = l.parentCode().isBlank()
                    ? null
                    : created.containsKey(l.parentCode().strip())
                            ? created.get(l.parentCode().strip())
                            : units.findByCode(l.parentCode().strip())
                                    .orElseThrow()
                                    .getId();
            OrgUnit u = orgUnits.createChecked(newUnit(l, parentId));
            created.put(u.getCode(), u.getId());
            result.add(u);
        }
        return result;
    }

    private List<FieldViolation> check(
            UnitSheet.Line l, Map<String, UnitSheet.Line> earlier, List<UnitSheet.Line> all) {
        List<FieldViolation> errors = new ArrayList<>();
        // the parent's id is resolved below; a stand-in keeps the "parent required" rule meaningful
        for (FieldViolation v : OrgUnitRules.check(newUnit(l, l.parentCode().isBlank() ? null : -1L))) {
            String message = v.message();
            if (v.field().equals("level") && !l.levelText().isBlank()) {
                message = "Cấp: «" + l.levelText()
                        + "» không phải một cấp; ghi Tỉnh/Thành phố, Huyện hoặc Xã/Phường/Thị trấn.";
            } else if (v.field().equals("validFrom") && !l.validFromText().isBlank()) {
                message = "Hiệu lực từ: «" + l.validFromText()
                        + "» không phải một ngày; ghi dạng ngày/tháng/năm, ví dụ 01/07/2025.";
            } else if (v.field().equals("parentId")) {
                message = "Mã đơn vị cấp trên: bắt buộc với đơn vị cấp huyện và cấp xã.";
            }
            errors.add(at(l, v.field(), message));
        }
        String code = l.code().strip();
        if (!code.isBlank() && earlier.containsKey(code)) {
            errors.add(at(
                    l,
                    "code",
                    "Mã đơn vị: «" + code + "» trùng với dòng "
                            + earlier.get(code).row() + "."));
        } else if (!code.isBlank() && units.findByCode(code).isPresent()) {
            errors.add(at(l, "code", "Mã đơn vị: đã có đơn vị dùng mã «" + code + "»."));
        }
        if (!l.parentCode().isBlank()) errors.addAll(checkParent(l, all));
        return errors;
    }

    private List<FieldViolation> checkParent(UnitSheet.Line l, List<UnitSheet.Line> all) {
        String parentCode = l.parentCode().strip();
        Optional<UnitSheet.Line> inFile =
                all.stream().filter(o -> o.code().strip().equals(parentCode)).findFirst();
        Optional<OrgUnit> existing = inFile.isPresent() ? Optional.empty() : units.findByCode(parentCode);
        if (inFile.isEmpty() && existing.isEmpty()) {
            return List.of(at(
                    l,
                    "parentId",
                    "Mã đơn vị cấp trên: không có đơn vị mã «" + parentCode + "» trong hệ thống hay trong tệp."));
        }
        OrgUnitLevel parentLevel =
                inFile.map(UnitSheet.Line::level).orElseGet(() -> existing.get().getLevel());
        if (l.level() != null
                && parentLevel != null
                && parentLevel.ordinal() >= l.level().ordinal()) {
            return List.of(
                    at(l, "parentId", "Mã đơn vị cấp trên: «" + parentCode + "» không ở cấp trên của đơn vị này."));
        }
        if (l.validFrom() != null) {
            boolean valid = inFile.map(
                            p -> p.validFrom() == null || !p.validFrom().isAfter(l.validFrom()))
                    .orElseGet(() -> existing.get().validOn(l.validFrom()));
            if (!valid) {
                return List.of(at(
                        l,
                        "parentId",
                        "Mã đơn vị cấp trên: «" + parentCode + "» chưa hoặc không còn hiệu lực vào ngày "
                                + new VnFormat().date(l.validFrom()) + "."));
            }
        }
        return List.of();
    }

    private static NewOrgUnit newUnit(UnitSheet.Line l, Long parentId) {
        return new NewOrgUnit(
                l.code().strip(),
                l.officialCode(),
                l.name(),
                l.letterheadName(),
                l.placeName(),
                l.level(),
                l.validFrom(),
                null,
                parentId);
    }

    /** «Dòng 7: Mã đơn vị: …», field the cell («A7»). */
    private static FieldViolation at(UnitSheet.Line l, String field, String message) {
        return new FieldViolation(COLUMN_OF.getOrDefault(field, "A") + l.row(), "Dòng " + l.row() + ": " + message);
    }
}
