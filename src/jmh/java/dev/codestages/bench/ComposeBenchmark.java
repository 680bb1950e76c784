package dev.codestages.bench;

import dev.codestages.yaml.LoadedYaml;
import dev.codestages.yaml.YamlLoader;
import java.nio.charset.StandardCharsets;
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
import org.yaml.snakeyaml.nodes.Node;

/**
 * The floor under {@link LintBenchmark}: SnakeYAML composing the same files and nothing else
 * ({@link #compose}), and our {@link YamlLoader} (strict decoding, compose, our node tree with
 * duplicate-key checks; {@link #load}), so the cost of each layer shows. Same settings as
 * {@link LintBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ComposeBenchmark {

    @Param("bench/out/corpus")
    public String corpus;

    private Corpus files;
    private YamlLoader loader;

    @Setup
    public void setUp() {
        files = Corpus.load(corpus);
        loader = new YamlLoader();
    }

    /** SnakeYAML alone: bytes to text, then the composer's node tree with marks (the parse floor). */
    @Benchmark
    public Node compose() {
        return BareParse.compose(new String(files.contents[files.next()], StandardCharsets.UTF_8));
    }

    /** Our loader: what {@link LintBenchmark} pays before the first rule runs. */
    @Benchmark
    public LoadedYaml load() {
        return loader.load(files.contents[files.next()]);
    }
}
