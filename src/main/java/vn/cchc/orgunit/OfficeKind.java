package vn.cchc.orgunit;

/**
 * What kind of body signs the unit's reports (Decree 30/2020, Art. 13): a people's committee, collectively through
 * its chairman; a division of a committee (Phòng Nội vụ) or a department of the province (Sở Nội vụ), through its head.
 */
public enum OfficeKind {
    COMMITTEE(OfficialPosition.CHAIRMAN, OfficialPosition.VICE_CHAIRMAN, null),
    DIVISION(OfficialPosition.HEAD, OfficialPosition.DEPUTY_HEAD, "TRƯỞNG PHÒNG"),
    DEPARTMENT(OfficialPosition.HEAD, OfficialPosition.DEPUTY_HEAD, "GIÁM ĐỐC");

    private final OfficialPosition head;
    private final OfficialPosition deputy;
    private final String headTitle;

    OfficeKind(OfficialPosition head, OfficialPosition deputy, String headTitle) {
        this.head = head;
        this.deputy = deputy;
        this.headTitle = headTitle;
    }

    /** Who signs when no one is chosen. */
    public OfficialPosition head() {
        return head;
    }

    public boolean allows(OfficialPosition position) {
        return position == head || position == deputy;
    }

    /** The authority lines of the block for a signer in this position (empty when the head signs in person). */
    public String authority(OfficialPosition position) {
        if (this == COMMITTEE) return position.authority();
        return position == head ? "" : "KT. " + headTitle;
    }

    /** The signer's title in the block. */
    public String title(OfficialPosition position) {
        if (this == COMMITTEE) return position.title();
        return position == head ? headTitle : "PHÓ " + headTitle;
    }
}
