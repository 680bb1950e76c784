package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@code init --sample lambda|ecs}: each sample lints clean and its pipeline deploys green. */
class ComputeSampleTest {

    @TempDir
    Path temp;

    private final CliSession cli = new CliSession();

    @Test
    void theLambdaSampleLintsCleanAndItsCanaryMovesTheAliasToVersionTwo() throws Exception {
        Path app = temp.resolve("greeter");
        assertThat(cli.execute("init", "--sample", "lambda", app.toString())).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("published greeter versions 1 and 2");
        assertThat(app.resolve(".git")).isDirectory();
        assertThat(cli.execute("lint", "--fail-on", "warning", app.toString())).as(cli.out()).isEqualTo(0);

        // 5 minutes of canary at 3000 times the speed: a tenth of a second
        int code = cli.execute("run", app.toString(), "--pipeline", app.resolve("pipeline.yml").toString(),
                "--time-scale", "3000");

        assertThat(code).as(cli.out() + "\n" + cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("traffic 1: 90%, 2: 10%", "traffic 1: 0%, 2: 100%");
        assertThat(Files.readString(app.resolve(".codestages/lambda/greeter/aliases/live.properties")))
                .contains("FunctionVersion=2").doesNotContain("AdditionalVersion");
    }

    @Test
    void theEcsSampleLintsCleanAndItsBlueGreenDeploymentShiftsProductionToGreen() throws Exception {
        Path app = temp.resolve("greeter-web");
        assertThat(cli.execute("init", "--sample", "ecs", app.toString())).as(cli.err()).isEqualTo(0);
        assertThat(cli.execute("lint", "--fail-on", "warning", app.toString())).as(cli.out()).isEqualTo(0);

        int code = cli.execute("run", app.toString(), "--pipeline", app.resolve("pipeline.yml").toString(),
                "--container", "greeter-web=exec python3 app.py", "--time-scale", "3000");

        assertThat(code).as(cli.out() + "\n" + cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("task set blue (greeter-web) listens", "test listener 127.0.0.1:",
                "traffic blue: 90%, green: 10%", "traffic blue: 0%, green: 100%");
        assertThat(app.resolve(".codestages/ecs/task-definitions/greeter-web/1.json")).content()
                .contains("\"greeter-web:2\"");
    }

    @Test
    void anUnknownSampleIsAUsageError() {
        assertThat(cli.execute("init", "--sample", "mainframe", temp.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--sample is app, lambda or ecs, not 'mainframe'");
    }
}
