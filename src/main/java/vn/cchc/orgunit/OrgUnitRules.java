package vn.cchc.orgunit;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.shared.FieldViolation;

/** The field rules of a unit, the same for the admin page, the API and the spreadsheet import. */
final class OrgUnitRules {

    private OrgUnitRules() {}

    static List<FieldViolation> check(NewOrgUnit n) {
        List<FieldViolation> errors = new ArrayList<>();
        if (n.code() == null || n.code().isBlank()) {
            errors.add(new FieldViolation("code", "Mã đơn vị: bắt buộc."));
        } else if (!n.code().strip().matches("[A-Z0-9_]{2,40}")) {
            errors.add(new FieldViolation(
                    "code",
                    "Mã đơn vị: 2–40 ký tự gồm chữ in hoa không dấu, chữ số và dấu gạch dưới, ví dụ HOA_BINH."));
        }
        if (n.name() == null || n.name().isBlank()) {
            errors.add(
                    new FieldViolation("name", "Tên đơn vị: bắt buộc, viết kèm loại đơn vị, ví dụ «phường Hòa Bình»."));
        } else if (!UnitNames.hasPrefix(n.name())) {
            errors.add(new FieldViolation(
                    "name",
                    "Tên đơn vị: phải bắt đầu bằng loại đơn vị (xã, phường, thị trấn, đặc khu, "
                            + "huyện, quận, thị xã, thành phố, tỉnh), ví dụ «phường Hòa Bình»."));
        } else if (n.name().strip().length() > 200) {
            errors.add(new FieldViolation("name", "Tên đơn vị: tối đa 200 ký tự."));
        }
        if (n.level() == null)
            errors.add(new FieldViolation("level", "Cấp: bắt buộc, một trong PROVINCE, DISTRICT, COMMUNE."));
        if (n.validFrom() == null) errors.add(new FieldViolation("validFrom", "Hiệu lực từ: bắt buộc."));
        if (n.validFrom() != null && n.validTo() != null && n.validTo().isBefore(n.validFrom())) {
            errors.add(new FieldViolation("validTo", "Hiệu lực đến: phải sau hoặc bằng ngày bắt đầu hiệu lực."));
        }
        if (n.level() != null && n.level() != OrgUnitLevel.PROVINCE && n.parentId() == null) {
            errors.add(new FieldViolation("parentId", "Đơn vị cấp trên: bắt buộc với đơn vị cấp huyện và cấp xã."));
        }
        if (n.officialCode() != null
                && !n.officialCode().isBlank()
                && !n.officialCode().strip().matches("\\d{1,10}")) {
            errors.add(new FieldViolation("officialCode", "Mã đơn vị hành chính: chỉ gồm chữ số, tối đa 10 chữ số."));
        }
        return errors;
    }
}
