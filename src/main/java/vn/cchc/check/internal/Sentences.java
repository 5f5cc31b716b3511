package vn.cchc.check.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The typed prose of a narrative body cut into sentences (paragraphs, then ". ", "; ", "! ", "? "), bullets dropped. */
final class Sentences {

    private static final Pattern PARAGRAPH = Pattern.compile("\\R+");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?;])\\s+");
    private static final Pattern BULLET = Pattern.compile("^[-+]\\s+");

    private Sentences() {}

    /** Sentences of the body with its tokens replaced by {@link Tokens#PLACEHOLDER}. */
    static List<String> typed(String body) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : PARAGRAPH.split(Tokens.typedText(body))) {
            for (String s : SENTENCE.split(paragraph))
                if (!s.isBlank()) sentences.add(BULLET.matcher(s.strip()).replaceFirst(""));
        }
        return sentences;
    }
}
