package dev.codestages.lint;

import dev.codestages.yaml.Position;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * File results kept for later, in the order they came: in memory while they are few, then in a temporary
 * file, so that a report that must wait for the end of a run (the JSON findings come after the list of
 * files, SARIF names its rules first) holds a bounded part of them in memory whatever the number of
 * files. They are read back in the order they came ({@link #inOrder}) or by path ({@link #byPath}, the
 * file order of {@link Finding#ORDER}): each stretch that came in path order is one sorted run, and the
 * runs are merged. Strings are stored as UTF-16 units, so any text (a lone surrogate too) comes back
 * unchanged. The temporary file is deleted by {@link #close}.
 */
public final class FileResultSpool implements Closeable {

    /**
     * The memory the results kept in memory may take before the first is written out: a sixteenth of the
     * heap, as a sort utility sizes its buffer by the memory it has. A bound that does not grow with the number
     * of files, yet a run that fits spills nothing: with a fixed count of 256 results the 1,200 files of
     * {@code bench/cold.sh} went through a temporary file, a tenth of the main thread's time in a cold lint.
     */
    private static final long BUDGET = Runtime.getRuntime().maxMemory() / 16;
    /** Runs merged in one pass; more are merged in rounds. */
    private static final int FAN_IN = 32;

    private final List<FileResult> memory = new ArrayList<>();
    private final int inMemory;
    private final long budget;
    private long kept;
    private Path file;
    private DataOutputStream out;
    private long written;
    private int count;
    private int writtenCount;
    /** The runs whose offset is known. */
    private int placed;
    /** Where each sorted run starts: its first result's number and byte offset. */
    private final List<long[]> runs = new ArrayList<>();
    private String last;

    public FileResultSpool() {
        this(Integer.MAX_VALUE, BUDGET);
    }

    /** A spool that writes out from the result number {@code inMemory} on, whatever their size; for tests. */
    FileResultSpool(int inMemory) {
        this(inMemory, Long.MAX_VALUE);
    }

    private FileResultSpool(int inMemory, long budget) {
        this.inMemory = inMemory;
        this.budget = budget;
    }

    /** About what {@code result} takes in memory, in bytes: its strings as UTF-16 and each object's overhead. */
    private static long weight(FileResult result) {
        long bytes = 64 + 2L * result.path().length();
        for (Finding finding : result.findings()) {
            bytes += 160 + 2L * (finding.message().length() + (finding.hint() == null ? 0 : finding.hint().length()));
        }
        return bytes + 160L * result.suppressed().size();
    }

    public void add(FileResult result) throws IOException {
        if (last == null || result.path().compareTo(last) < 0) {
            runs.add(new long[] {count, -1}); // its offset is known when it is written
        }
        last = result.path();
        count++;
        long weight = weight(result);
        if (out == null && memory.size() < inMemory && kept + weight <= budget) {
            memory.add(result);
            kept += weight;
            return;
        }
        if (out == null) {
            spill();
        }
        write(result);
    }

    /** The number of results added. */
    public int size() {
        return count;
    }

    /** Reads the results in the order they were added. */
    public Reader inOrder() throws IOException {
        if (out == null) {
            List<FileResult> copy = List.copyOf(memory);
            return new Reader() {
                private int next;

                @Override
                public FileResult next() {
                    return next < copy.size() ? copy.get(next++) : null;
                }
            };
        }
        out.flush();
        return new RunReader(file, 0, count);
    }

    /** Reads the results by path ({@link String#compareTo}); results of one path keep the order they came in. */
    public Reader byPath() throws IOException {
        if (out == null) {
            List<FileResult> sorted = new ArrayList<>(memory);
            sorted.sort(Comparator.comparing(FileResult::path)); // stable
            return inMemory(sorted);
        }
        out.flush();
        if (runs.size() <= FAN_IN) {
            List<Reader> readers = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                long end = i + 1 < runs.size() ? runs.get(i + 1)[0] : count;
                readers.add(new RunReader(file, runs.get(i)[1], (int) (end - runs.get(i)[0])));
            }
            return merge(readers);
        }
        // Too many runs to read at once: merge them in groups into a new spool, whose runs are the groups.
        FileResultSpool rounds = new FileResultSpool(0);
        for (int first = 0; first < runs.size(); first += FAN_IN) {
            List<Reader> readers = new ArrayList<>();
            for (int i = first; i < Math.min(first + FAN_IN, runs.size()); i++) {
                long end = i + 1 < runs.size() ? runs.get(i + 1)[0] : count;
                readers.add(new RunReader(file, runs.get(i)[1], (int) (end - runs.get(i)[0])));
            }
            Reader group = merge(readers);
            for (FileResult result = group.next(); result != null; result = group.next()) {
                rounds.add(result);
            }
            group.close();
        }
        Reader merged = rounds.byPath();
        return new Reader() {
            @Override
            public FileResult next() throws IOException {
                return merged.next();
            }

            @Override
            public void close() throws IOException {
                merged.close();
                rounds.close();
            }
        };
    }

    private static Reader inMemory(List<FileResult> results) {
        return new Reader() {
            private int next;

            @Override
            public FileResult next() {
                return next < results.size() ? results.get(next++) : null;
            }
        };
    }

    private static Reader merge(List<Reader> readers) throws IOException {
        PriorityQueue<Slot> queue = new PriorityQueue<>(Math.max(1, readers.size()));
        for (int i = 0; i < readers.size(); i++) {
            Slot slot = new Slot(readers.get(i), i);
            if (slot.advance()) {
                queue.add(slot);
            }
        }
        return new Reader() {
            @Override
            public FileResult next() throws IOException {
                Slot slot = queue.poll();
                if (slot == null) {
                    return null;
                }
                FileResult result = slot.current;
                if (slot.advance()) {
                    queue.add(slot);
                }
                return result;
            }

            @Override
            public void close() throws IOException {
                for (Reader reader : readers) {
                    reader.close();
                }
            }
        };
    }

    /** One run being merged, ordered by its current result's path, then by run. */
    private static final class Slot implements Comparable<Slot> {
        private final Reader reader;
        private final int run;
        private FileResult current;

        Slot(Reader reader, int run) {
            this.reader = reader;
            this.run = run;
        }

        @Override
        public int compareTo(Slot other) {
            int order = current.path().compareTo(other.current.path());
            return order != 0 ? order : Integer.compare(run, other.run);
        }

        boolean advance() throws IOException {
            current = reader.next();
            return current != null;
        }
    }

    private void spill() throws IOException {
        file = Files.createTempFile("codestages-", ".spool");
        file.toFile().deleteOnExit();
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        for (FileResult kept : memory) {
            write(kept);
        }
        memory.clear();
    }

    /** Writes one result and counts its bytes (DataOutputStream's own count stops at 2 GB). */
    private void write(FileResult result) throws IOException {
        if (placed < runs.size() && runs.get(placed)[0] == writtenCount) {
            runs.get(placed++)[1] = written;
        }
        writtenCount++;
        written += writeString(result.path()) + 2;
        out.writeByte(result.kind().ordinal());
        out.writeBoolean(result.linted());
        written += writeFindings(result.findings());
        written += writeFindings(result.suppressed());
    }

    private long writeFindings(List<Finding> findings) throws IOException {
        long bytes = 4;
        out.writeInt(findings.size());
        for (Finding finding : findings) {
            bytes += writeString(finding.rule()) + writeString(finding.file()) + writeString(finding.message()) + 10;
            out.writeByte(finding.severity().ordinal());
            out.writeInt(finding.line());
            out.writeInt(finding.column());
            out.writeBoolean(finding.hint() != null);
            if (finding.hint() != null) {
                bytes += writeString(finding.hint());
            }
        }
        return bytes;
    }

    private long writeString(String text) throws IOException {
        out.writeInt(text.length());
        out.writeChars(text);
        return 4 + 2L * text.length();
    }

    @Override
    public void close() throws IOException {
        memory.clear();
        if (out != null) {
            out.close();
            out = null;
            Files.deleteIfExists(file);
        }
    }

    /** Results read back, one at a time; null after the last. */
    public interface Reader extends Closeable {

        FileResult next() throws IOException;

        @Override
        default void close() throws IOException {
        }
    }

    /** Reads {@code count} results from {@code offset} of the spool file. */
    private static final class RunReader implements Reader {
        private final FileChannel channel;
        private final DataInputStream in;
        private int left;

        RunReader(Path file, long offset, int count) throws IOException {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            channel.position(offset);
            InputStream stream = Channels.newInputStream(channel);
            in = new DataInputStream(new BufferedInputStream(stream, 1 << 13));
            left = count;
        }

        @Override
        public FileResult next() throws IOException {
            if (left == 0) {
                return null;
            }
            left--;
            String path = readString();
            FileKind kind = FileKind.values()[in.readByte()];
            boolean linted = in.readBoolean();
            List<Finding> findings = readFindings();
            return new FileResult(path, kind, linted, findings, readFindings());
        }

        private List<Finding> readFindings() throws IOException {
            int size = in.readInt();
            List<Finding> findings = new ArrayList<>(size);
            Severity[] severities = Severity.values();
            for (int i = 0; i < size; i++) {
                String rule = readString();
                String file = readString();
                String message = readString();
                Severity severity = severities[in.readByte()];
                Position at = new Position(in.readInt(), in.readInt());
                String hint = in.readBoolean() ? readString() : null;
                findings.add(new Finding(rule, severity, file, at, message, hint));
            }
            return findings;
        }

        private String readString() throws IOException {
            int length = in.readInt();
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                chars[i] = in.readChar();
            }
            return new String(chars);
        }

        @Override
        public void close() throws IOException {
            in.close();
            channel.close();
        }
    }
}
