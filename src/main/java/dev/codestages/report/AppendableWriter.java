package dev.codestages.report;

import java.io.IOException;
import java.io.Writer;

/** An {@link Appendable} as a {@link Writer}, for the generators (JSON, XML) that write to a writer. */
final class AppendableWriter extends Writer {

    private final Appendable out;

    private AppendableWriter(Appendable out) {
        this.out = out;
    }

    static Writer of(Appendable out) {
        return out instanceof Writer writer ? writer : new AppendableWriter(out);
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        out.append(java.nio.CharBuffer.wrap(text, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.append(text, offset, offset + length);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
