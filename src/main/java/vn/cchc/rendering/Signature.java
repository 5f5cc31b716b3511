package vn.cchc.rendering;

/**
 * The signature block at the bottom right.
 *
 * @param authority the authority line ("TM. ỦY BAN NHÂN DÂN XÃ"); empty when a head signs in person ("GIÁM ĐỐC")
 * @param title     the signer's title ("CHỦ TỊCH")
 * @param name      the signer's name ("Phạm Văn Cảnh")
 * @param image     PNG or JPEG of the signature and seal, placed in the room above the name; null leaves
 *                  the room clear (for a handwritten or a later digital signature)
 */
public record Signature(String authority, String title, String name, byte[] image) {

    public Signature {
        authority = authority == null ? "" : authority;
        Require.text(title, "signature title");
        Require.text(name, "signature name");
        image = image == null ? null : image.clone();
    }

    public Signature(String authority, String title, String name) {
        this(authority, title, name, null);
    }

    @Override
    public byte[] image() {
        return image == null ? null : image.clone();
    }

    public boolean hasImage() {
        return image != null;
    }
}
