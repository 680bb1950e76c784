package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codestages.run.GitRepos;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests the {@code run} options {@code --repository}, {@code --source} and {@code --build-timeout}. */
class RunLocalInputsTest {

    @TempDir
    Path temp;

    private final CliSession cli = new CliSession();

    @Test
    void malformedStandInsAreUsageErrorsNamingTheOption() {
        Path app = temp.resolve("app");
        cli.execute("init", app.toString());

        assertThat(cli.execute("run", app.toString(), "--build-timeout", "soon")).isEqualTo(2);
        assertThat(cli.err()).contains("--build-timeout takes a duration such as 90s, 5m, 1h or PT5M, got 'soon'");
        assertThat(cli.execute("run", app.toString(), "--source", "Source=" + app)).isEqualTo(2);
        assertThat(cli.err()).contains("--source takes STAGE/ACTION=PATH, got 'Source=" + app + "'");
        assertThat(cli.execute("run", app.toString(), "--repository", "lib=" + temp.resolve("missing"))).isEqualTo(2);
        assertThat(cli.err()).contains("--repository lib=" + temp.resolve("missing") + ": no such file or folder");
    }

    @Test
    void durationsAreReadInSecondsMinutesHoursIsoOrBareMinutes() {
        assertThat(LocalInputOptions.duration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(LocalInputOptions.duration("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(LocalInputOptions.duration("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(LocalInputOptions.duration("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
        assertThat(LocalInputOptions.duration("15")).isEqualTo(Duration.ofMinutes(15));
        assertThatThrownBy(() -> LocalInputOptions.duration("0s")).hasMessageContaining("longer than zero");
    }

    @Test
    void aBuildPastTheBuildTimeoutFailsTheRunAsTimedOut() throws Exception {
        Path app = temp.resolve("app");
        cli.execute("init", app.toString());
        Files.writeString(app.resolve("buildspec.yml"), """
                version: 0.2
                phases:
                  build:
                    commands:
                      - sleep 60
                """, StandardCharsets.UTF_8);
        GitRepos.commitAll(app, "a slow build");
        Path report = temp.resolve("report.json");

        int code = cli.execute("run", app.toString(), "--approve", "--build-timeout", "1s", "--report", report.toString());

        assertThat(code).as(cli.out() + "\n" + cli.err()).isEqualTo(1);
        assertThat(Files.readString(report)).contains("Build terminated with state: TIMED_OUT. Phase: BUILD",
                "\"status\" : \"TimedOut\"");
    }
}
