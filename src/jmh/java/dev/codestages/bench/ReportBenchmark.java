package dev.codestages.bench;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.Finding;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.LintedFile;
import dev.codestages.lint.Rules;
import dev.codestages.lint.Severity;
import dev.codestages.report.ReportFormat;
import dev.codestages.report.ReportWriter;
import dev.codestages.yaml.Position;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * Cost of writing a report of many findings in each format, to show every format is linear in the number
 * of findings: compare the score at 20,000 and at 100,000 findings (5 x the findings should cost about 5 x
 * the time). A report of {@code findings} warnings spread over files of 50 findings each, written with
 * {@code --fail-on warning} (so every JUnit case fails). Run: {@code bench/jmh.sh ReportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ReportBenchmark {

    @Param({"20000", "100000"})
    public int findings;

    @Param({"text", "json", "sarif", "junit", "github", "html"})
    public String format;

    private LintReport report;
    private ReportWriter writer;

    @Setup
    public void setUp() {
        List<LintedFile> files = new ArrayList<>();
        List<Finding> all = new ArrayList<>(findings);
        for (int i = 0; i < findings; i++) {
            String file = String.format("spec-%06d/buildspec.yml", i / 50);
            if (i % 50 == 0) {
                files.add(new LintedFile(file, FileKind.BUILDSPEC));
            }
            all.add(new Finding("BS007", Severity.WARNING, file, new Position(i % 50 + 1, 3),
                    "unknown key 'comands' in 'phases.build'; CodeBuild ignores it", "did you mean 'commands'?"));
        }
        report = new LintReport(files, all);
        writer = ReportFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT))
                .writer(false, Rules::infos, "bench", Severity.WARNING);
    }

    @Benchmark
    public int write() throws IOException {
        StringBuilder out = new StringBuilder();
        writer.write(report, out);
        return out.length();
    }
}
