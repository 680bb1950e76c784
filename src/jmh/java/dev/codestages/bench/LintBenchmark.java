package dev.codestages.bench;

import dev.codestages.lint.LintReport;
import dev.codestages.lint.Linter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm-JVM cost of linting one buildspec with every rule, as inside a long-lived Jenkins JVM:
 * {@link Linter#lintBytes} over the in-memory corpus, one file per operation, cycling through all of
 * them. The score is microseconds per file; files per second is one million divided by it.
 * Short settings for a 2-core machine: one fork, 5 x 2 s warm-up, 5 x 2 s measurement.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class LintBenchmark {

    @Param("bench/out/corpus")
    public String corpus;

    private Corpus files;
    private Linter linter;

    @Setup
    public void setUp() {
        files = Corpus.load(corpus);
        linter = new Linter();
    }

    /** One file through the whole linter: decode, compose, tree, kind, every rule, sorted findings. */
    @Benchmark
    public LintReport lint() {
        int i = files.next();
        return linter.lintBytes(files.names[i], files.contents[i], null);
    }
}
