package vn.cchc.account;

public enum Role {
    /** công chức xã: enters records, drafts, submits. */
    CLERK,
    /** Chủ tịch UBND xã: returns or signs. */
    CHAIRMAN,
    /** receiving office (Phòng Nội vụ huyện; Sở Nội vụ / VP UBND tỉnh since 07/2025): accepts or returns. */
    REVIEWER,
    /** quản trị: units, accounts, periods, catalogues. */
    ADMIN
}
