package dev.codestages.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark corpus in memory: every {@code *.yml}/{@code *.yaml} file of one folder (by default
 * {@code bench/out/corpus}, the real buildspecs repeated to 1,200 files by {@code bench/make-corpus.sh}),
 * read once, so that the measured work starts from bytes and never touches the disk.
 */
final class Corpus {

    final String[] names;
    final byte[][] contents;
    private int next;

    private Corpus(String[] names, byte[][] contents) {
        this.names = names;
        this.contents = contents;
    }

    static Corpus load(String folder) {
        Path dir = Path.of(folder);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no corpus folder " + dir.toAbsolutePath()
                    + "; run bench/make-corpus.sh first (or pass -p corpus=FOLDER)");
        }
        try (Stream<Path> listing = Files.list(dir)) {
            List<Path> files = listing
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new IllegalStateException("no *.yml or *.yaml file in " + dir.toAbsolutePath());
            }
            String[] names = new String[files.size()];
            byte[][] contents = new byte[files.size()][];
            for (int i = 0; i < files.size(); i++) {
                names[i] = files.get(i).getFileName().toString();
                contents[i] = Files.readAllBytes(files.get(i));
            }
            return new Corpus(names, contents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return names.length;
    }

    /** The index of the next file, cycling through the corpus so every file counts equally. */
    int next() {
        int index = next;
        next = index + 1 == names.length ? 0 : index + 1;
        return index;
    }
}
