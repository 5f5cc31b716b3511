package vn.cchc.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's password: CCHC_DB_PASSWORD when set, otherwise a random one generated at the first start
 * into {@code <data dir>/db-password}, readable only by the app's OS account (0600). scripts/pg-env.sh reads it.
 */
final class PgSecret {

    static final String FILE = "db-password";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger log = LoggerFactory.getLogger(PgSecret.class);

    private PgSecret() {}

    static String obtain(Path dataDir, String configured) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (configured != null) {
            // kept in the file too, so the backup scripts find the password the server has
            write(file, configured);
            return configured;
        }
        if (Files.exists(file)) {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                log.warn("{} was readable by others; its mode is now 0600", file);
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!s.isEmpty()) return s;
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        write(file, generated);
        log.info("Generated the embedded database's password into {} (mode 0600)", file);
        return generated;
    }

    private static void write(Path file, String secret) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        if (!Files.readString(file, StandardCharsets.UTF_8).strip().equals(secret)) {
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
        }
    }
}
