package vn.cchc.orgunit;

/**
 * Who signs for the people's committee (Decree 30/2020, Art. 13): the chairman «TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH»,
 * a vice-chairman on the chairman's behalf «TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH»; for a division or
 * a department the head or a deputy, whose block words {@link OfficeKind} gives.
 */
public enum OfficialPosition {
    CHAIRMAN("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Chủ tịch"),
    VICE_CHAIRMAN("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phó Chủ tịch"),
    HEAD("", "TRƯỞNG PHÒNG", "Trưởng phòng, Giám đốc"),
    DEPUTY_HEAD("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Phó Trưởng phòng, Phó Giám đốc");

    private final String authority;
    private final String title;
    private final String label;

    OfficialPosition(String authority, String title, String label) {
        this.authority = authority;
        this.title = title;
        this.label = label;
    }

    /** The authority lines of the signature block, one per line. */
    public String authority() {
        return authority;
    }

    /** The signer's title in the block. */
    public String title() {
        return title;
    }

    /** «Chủ tịch», «Phó Chủ tịch» for lists and forms. */
    public String label() {
        return label;
    }
}
