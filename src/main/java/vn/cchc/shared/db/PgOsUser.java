package vn.cchc.shared.db;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OS account the PostgreSQL programs run as. PostgreSQL refuses root, and zonky's work-around (a user namespace)
 * still leaves the server with root's uid on the host: through {@code COPY ... TO PROGRAM} it could write every
 * root-owned file. So when the app is root the server runs as a dedicated system account ({@code cchc-db}, created
 * if missing) through {@code setpriv}; otherwise as the app's own account.
 */
final class PgOsUser {

    private static final Logger log = LoggerFactory.getLogger(PgOsUser.class);
    final String name; // null = the app's own account
    final int uid;
    final int gid;

    private PgOsUser(String name, int uid, int gid) {
        this.name = name;
        this.uid = uid;
        this.gid = gid;
    }

    static boolean appIsRoot() {
        return new UnixSystem().getUid() == 0;
    }

    static PgOsUser resolve(String wanted) {
        if (!appIsRoot()) {
            var me = new UnixSystem();
            return new PgOsUser(null, (int) me.getUid(), (int) me.getGid());
        }
        Integer uid = id("-u", wanted);
        if (uid == null) {
            run(List.of(
                    "useradd",
                    "--system",
                    "--user-group",
                    "--no-create-home",
                    "--home-dir",
                    "/nonexistent",
                    "--shell",
                    "/usr/sbin/nologin",
                    wanted));
            uid = id("-u", wanted);
            if (uid != null) log.info("Created the system account {} for the embedded PostgreSQL", wanted);
        }
        Integer gid = id("-g", wanted);
        if (uid == null || gid == null || uid == 0) {
            throw new EmbeddedDatabaseStartException("Ứng dụng đang chạy với quyền root nhưng không có tài khoản hệ "
                    + "điều hành riêng «" + wanted
                    + "» cho PostgreSQL nhúng (không tạo được bằng useradd). Tạo tài khoản "
                    + "đó (useradd --system " + wanted
                    + "), đặt CCHC_DB_OS_USER, hoặc chạy ứng dụng bằng một tài khoản thường.");
        }
        if (run(List.of("setpriv", "--version")) != 0) {
            throw new EmbeddedDatabaseStartException(
                    "Ứng dụng đang chạy với quyền root nhưng thiếu chương trình setpriv "
                            + "(gói util-linux) để chạy PostgreSQL nhúng dưới tài khoản «" + wanted
                            + "». Cài util-linux, hoặc "
                            + "chạy ứng dụng bằng một tài khoản thường.");
        }
        return new PgOsUser(wanted, uid, gid);
    }

    boolean switches() {
        return name != null;
    }

    /** The command, run as this account. */
    List<String> command(List<String> cmd) {
        if (!switches()) return cmd;
        List<String> out = new ArrayList<>(
                List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--inh-caps=-all", "--"));
        out.addAll(cmd);
        return out;
    }

    /** Gives a directory tree to this account (root only). */
    void own(Path dir) {
        if (!switches()) return;
        if (run(List.of("chown", "-R", uid + ":" + gid, dir.toString())) != 0) {
            throw new EmbeddedDatabaseStartException("Không chuyển được quyền sở hữu thư mục " + dir
                    + " cho tài khoản «" + name + "» của PostgreSQL nhúng.");
        }
    }

    /** Whether this account can write into the directory (all parents must let it through). */
    boolean canWrite(Path dir) {
        return !switches() || run(command(List.of("test", "-w", dir.toString(), "-a", "-x", dir.toString()))) == 0;
    }

    /** A child environment without the app's secrets (SPRING_DATASOURCE_PASSWORD, CCHC_DB_PASSWORD, ...). */
    static void cleanEnvironment(Map<String, String> env) {
        env.keySet().removeIf(k -> !(k.equals("PATH") || k.equals("LANG") || k.startsWith("LC_") || k.equals("TZ")));
    }

    private static Integer id(String flag, String user) {
        try {
            Process p = new ProcessBuilder("id", flag, user)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 ? Integer.valueOf(out) : null;
        } catch (IOException | InterruptedException | NumberFormatException e) {
            return null;
        }
    }

    static int run(List<String> cmd) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            cleanEnvironment(pb.environment());
            Process p = pb.start();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
