package vn.cchc.shared.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One app per data directory: an OS file lock on {@code <data dir>/app.lock}, held for the JVM's life and released
 * by the kernel when it dies (kill -9 included), so a dead app never blocks the next start.
 */
final class InstanceLock {

    static final String FILE = "app.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Empty when another live process holds the lock. */
    static Optional<InstanceLock> tryAcquire(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        FileChannel ch =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        }
        if (l == null) {
            ch.close();
            return Optional.empty();
        }
        ch.truncate(0);
        ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        ch.force(false);
        return Optional.of(new InstanceLock(ch, l));
    }

    /** The pid written by the holder, for the message ("?" when unreadable). */
    static String holder(Path dataDir) {
        try {
            return Files.readString(dataDir.resolve(FILE), StandardCharsets.UTF_8)
                    .strip();
        } catch (IOException e) {
            return "?";
        }
    }

    void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the JVM is going away; the kernel drops the lock anyway
        }
    }
}
