package vn.cchc.rendering.internal;

import vn.cchc.rendering.Block;

/** The printed text of a heading, the same in every output: "I. CÔNG TÁC …", "2.1. Kết quả …", "a) …". */
public final class HeadingText {

    private HeadingText() {}

    public static String of(Block.Heading heading) {
        String text = heading.level() == 1 ? Texts.upper(heading.text()) : Texts.nfc(heading.text());
        return Texts.nfc(heading.number()) + " " + text;
    }
}
