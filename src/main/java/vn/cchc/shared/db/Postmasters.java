package vn.cchc.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reading a data directory's postmaster.pid and telling whether the pid in it really is a PostgreSQL server on that
 * directory. After a reboot the pid in a leftover file can belong to anything; only a verified postmaster is touched.
 */
final class Postmasters {

    private Postmasters() {}

    /** The pid recorded in postmaster.pid, if the file exists and is readable. */
    static Optional<Long> recordedPid(Path pgDir) {
        List<String> lines = lines(pgDir);
        if (lines.isEmpty()) return Optional.empty();
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The server's own status line (PostgreSQL 10+): "starting", "ready", "stopping", "standby"; empty if none. */
    static String status(Path pgDir) {
        List<String> lines = lines(pgDir);
        return lines.size() >= 8 ? lines.get(7).trim() : "";
    }

    /**
     * The live process with that pid, only when its command line is a {@code postgres} binary started with
     * {@code -D} on this very data directory.
     */
    static Optional<ProcessHandle> verified(long pid, Path pgDir) {
        Optional<ProcessHandle> p = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (p.isEmpty()) return Optional.empty();
        return isPostmasterOn(commandLine(pid), pgDir) ? p : Optional.empty();
    }

    static boolean isPostmasterOn(List<String> argv, Path pgDir) {
        if (argv.isEmpty()) return false;
        String exe = argv.get(0);
        String name = exe.substring(exe.lastIndexOf('/') + 1);
        if (!name.equals("postgres") && !name.equals("postmaster")) return false;
        for (int i = 1; i < argv.size(); i++) {
            String dir = null;
            if (argv.get(i).equals("-D") && i + 1 < argv.size()) dir = argv.get(i + 1);
            else if (argv.get(i).startsWith("-D")) dir = argv.get(i).substring(2);
            if (dir != null && samePath(Path.of(dir), pgDir)) return true;
        }
        return false;
    }

    static List<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            String s = new String(raw, StandardCharsets.UTF_8);
            if (s.endsWith("\0")) s = s.substring(0, s.length() - 1);
            return s.isEmpty() ? List.of() : Arrays.asList(s.split("\0", -1));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Real uid of a process (from /proc), -1 when unknown. */
    static int uid(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("Uid:"))
                    return Integer.parseInt(line.substring(4).trim().split("\\s+")[0]);
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static boolean samePath(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static List<String> lines(Path pgDir) {
        try {
            Path f = pgDir.resolve("postmaster.pid");
            return Files.exists(f) ? Files.readAllLines(f) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
