package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@code init --sample lambda}: the sample lints clean and its canary pipeline moves the alias to version 2. */
class LambdaSampleTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        return Codestages.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void theLambdaSampleLintsCleanAndItsCanaryMovesTheAliasToVersionTwo() throws Exception {
        Path app = temp.resolve("greeter");
        assertThat(execute("init", "--sample", "lambda", app.toString())).as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("published greeter versions 1 and 2");
        assertThat(app.resolve(".git")).isDirectory();
        assertThat(execute("lint", "--fail-on", "warning", app.toString())).as(out.toString()).isEqualTo(0);

        // 5 minutes of canary at 3000 times the speed: a tenth of a second
        int code = execute("run", app.toString(), "--pipeline", app.resolve("pipeline.yml").toString(),
                "--time-scale", "3000");

        assertThat(code).as(out + "\n" + err).isEqualTo(0);
        assertThat(out.toString()).contains("traffic 1: 90%, 2: 10%", "traffic 1: 0%, 2: 100%");
        assertThat(Files.readString(app.resolve(".codestages/lambda/greeter/aliases/live.properties")))
                .contains("FunctionVersion=2").doesNotContain("AdditionalVersion");
    }

    @Test
    void anUnknownSampleIsAUsageError() {
        assertThat(execute("init", "--sample", "mainframe", temp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--sample is app or lambda, not 'mainframe'");
    }
}
