package dev.codestages.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes a process appends to its output file, read as they come, as {@code tail -f} reads them:
 * at the end of the file it waits while the process runs, and ends once the process has exited and
 * it wrote up to then is read. What the process's children write afterwards stays in the file.
 */
final class FileTail extends InputStream {

    private static final long POLL_MILLIS = 50;

    private final FileChannel channel;
    private final InputStream in;
    private final Process process;
    /** The file's length when the process was seen to have exited; -1 before. */
    private long end = -1;

    FileTail(Path file, long from, Process process) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(from);
        this.in = Channels.newInputStream(channel);
        this.process = process;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        while (true) {
            if (end < 0 && !process.isAlive()) {
                // what a daemon it left behind writes from now on is not the command's output
                end = channel.size();
            }
            int wanted = end < 0 ? length : (int) Math.min(length, end - channel.position());
            if (wanted <= 0) {
                return -1;
            }
            int read = in.read(buffer, offset, wanted);
            if (read > 0) {
                return read;
            }
            if (end >= 0) {
                return -1;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
