package dev.codestages.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock one deployment holds on an instance folder from its first event to its last (rollback
 * included), so that two runs into one target never interleave: the second is refused with a message
 * that says why. It is an operating-system lock ({@link FileChannel#tryLock()}) on a file in the
 * agent's folder, so it holds between processes, and it goes away with the process that held it, so
 * a killed run leaves no stale lock behind. The real agent needs no such lock: it polls for one
 * command at a time.
 */
final class InstanceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code instance}, or fails at once when another deployment holds it. */
    static InstanceLock take(InstanceRoot instance) throws IOException {
        Files.createDirectories(instance.agentRoot());
        Path file = instance.agentRoot().resolve(".codestages-deployment.lock");
        instance.checkInside(file, file.toString());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another thread of this process
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another deployment into " + instance.path() + " is in progress (it holds "
                    + file + "); run again when it has ended");
        }
        return new InstanceLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
