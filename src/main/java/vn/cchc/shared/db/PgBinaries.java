package vn.cchc.shared.db;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries (from zonky's binaries jar) unpacked into the app's own data directory. Not zonky's shared
 * /tmp/embedded-pg, which it makes world-writable: another local user could plant binaries there that the app runs.
 */
final class PgBinaries {

    private PgBinaries() {}

    /** The installation directory (with bin/, lib/, share/), unpacked once per binaries version. */
    static Path install(Path root) throws IOException {
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", arch())) {
            if (in == null) throw new IOException("no PostgreSQL binaries for Linux " + arch());
            archive = in.readAllBytes();
        }
        String digest;
        try {
            digest = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(archive))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path target = root.resolve(digest);
        if (Files.exists(target.resolve(".complete"))) return target;
        Path tmp = root.resolve(digest + ".tmp-" + ProcessHandle.current().pid());
        Files.createDirectories(tmp);
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path out = tmp.resolve(e.getName()).normalize();
                if (!out.startsWith(tmp)) throw new IOException("bad entry " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(e.getLinkName()));
                } else if (e.isLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createLink(out, tmp.resolve(e.getLinkName()).normalize());
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    boolean exec = (e.getMode() & 0100) != 0
                            || e.getName().startsWith("bin/")
                            || e.getName().startsWith("./bin/");
                    Files.setPosixFilePermissions(out, exec ? READ_EXEC : READ);
                }
            }
        }
        try (var walk = Files.walk(tmp)) { // readable (not writable) by the database's own OS account
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) Files.setPosixFilePermissions(p, READ_EXEC);
            }
        }
        Files.createFile(tmp.resolve(".complete"));
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) { // another start unpacked the same version meanwhile
            if (!Files.exists(target.resolve(".complete"))) throw raced;
        }
        return target;
    }

    private static final Set<PosixFilePermission> READ = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> READ_EXEC = PosixFilePermissions.fromString("rwxr-xr-x");

    private static String arch() {
        String a = System.getProperty("os.arch");
        return "amd64".equals(a) ? "x86_64" : a;
    }
}
