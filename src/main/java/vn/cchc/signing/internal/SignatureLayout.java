package vn.cchc.signing.internal;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Decree 30/2020 (Appendix I) places the competent person's signature image in the signature room between the
 * title and the name, and the organisation's seal image, at its real size, over the left third of it; the
 * organisation's signing information (name, time in ISO 8601 with +07:00) is printed in small blue type, here
 * just under the name.
 */
record SignatureLayout(int page, PDRectangle chairman, PDRectangle seal, PDRectangle info, PDRectangle organisation) {

    static final float SIGNATURE_WIDTH = 150;
    static final float ROOM_HEIGHT = 60;
    /** A commune's seal is 35 mm across; 30 mm keeps it within the room's reach. */
    static final float SEAL = 30 * 72 / 25.4f;

    static final float INFO_WIDTH = 210;
    static final float INFO_HEIGHT = 24;

    static SignatureLayout around(SignatureRoom.NameBox name) {
        float left = name.centreX() - SIGNATURE_WIDTH / 2;
        float bottom = name.top() + 2;
        PDRectangle chairman = new PDRectangle(left, bottom, SIGNATURE_WIDTH, ROOM_HEIGHT);
        float sealCentreX = left + SIGNATURE_WIDTH / 6;
        float sealCentreY = bottom + ROOM_HEIGHT / 2;
        PDRectangle seal = new PDRectangle(sealCentreX - SEAL / 2, sealCentreY - SEAL / 2, SEAL, SEAL);
        PDRectangle info = new PDRectangle(
                name.centreX() - INFO_WIDTH / 2, name.bottom() - INFO_HEIGHT - 1, INFO_WIDTH, INFO_HEIGHT);
        float l = Math.min(seal.getLowerLeftX(), info.getLowerLeftX());
        float b = info.getLowerLeftY();
        float r = Math.max(seal.getUpperRightX(), info.getUpperRightX());
        float t = seal.getUpperRightY();
        return new SignatureLayout(name.page(), chairman, seal, info, new PDRectangle(l, b, r - l, t - b));
    }
}
