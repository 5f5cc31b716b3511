package vn.cchc.signing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the keystores' passwords (AES-256-GCM) so that a copy of the database alone does not unlock the units'
 * keys. The key comes from {@code cchc.signing.master-key} (base64, 32 bytes) or, when unset, from a file generated
 * on first use in the data directory, readable by the app's user only.
 */
@Component
public class MasterKey {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final String configured;
    private final Path file;
    private volatile SecretKeySpec key;

    MasterKey(
            @Value("${cchc.signing.master-key:}") String configured,
            @Value("${cchc.signing.master-key-file:${cchc.embedded-db.data-dir:./data}/signing-master.key}")
                    String file) {
        this.configured = configured;
        this.file = Path.of(file);
    }

    public byte[] encrypt(byte[] plain) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            byte[] sealed = c.doFinal(plain);
            return ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt with the signing master key", e);
        }
    }

    public byte[] decrypt(byte[] sealed) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, sealed, 0, 12));
            return c.doFinal(sealed, 12, sealed.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt with the signing master key (was it replaced?)", e);
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            synchronized (this) {
                if (key == null) key = new SecretKeySpec(load(), "AES");
            }
        }
        return key;
    }

    private byte[] load() {
        if (!configured.isBlank()) return Base64.getDecoder().decode(configured.strip());
        try {
            if (Files.exists(file))
                return Base64.getDecoder().decode(Files.readString(file).strip());
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the directory's own protection applies
            }
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the signing master key " + file, e);
        }
    }
}
