package vn.cchc.rendering.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps rendered files under target/rendered for a person to look at after the build. */
public final class Rendered {

    public static final Path DIR = Path.of("target", "rendered");

    private Rendered() {}

    public static byte[] keep(String name, byte[] content) {
        try {
            Files.createDirectories(DIR);
            Files.write(DIR.resolve(name), content);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
