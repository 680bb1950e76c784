package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link InitCommand} and {@link RunCommand}: the sample app lints clean and runs green; exit codes. */
class RunAndInitCommandTest {

    @TempDir
    Path temp;

    private final CliSession cli = new CliSession();

    @Test
    void theSampleAppLintsCleanAndRunsGreenEndToEnd() throws Exception {
        Path app = temp.resolve("app");
        assertThat(cli.execute("init", app.toString())).isEqualTo(0);
        assertThat(Files.isExecutable(app.resolve("scripts/validate.sh"))).isTrue();
        assertThat(app.resolve(".git")).isDirectory();

        assertThat(cli.execute("lint", "--fail-on", "info", app.toString())).as(cli.out()).isEqualTo(0);

        Path report = temp.resolve("report.json");
        int code = cli.execute("run", app.toString(), "--approve", "--report", report.toString());
        assertThat(code).as(cli.out() + "\n" + cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("== Stage Deploy", "- i-1 ValidateService", "Execution ", ": Succeeded");
        assertThat(app.resolve(".codestages/instances/app/local/i-1/opt/sample-app/app.sh")).exists();
        assertThat(Files.readString(report)).contains("\"status\" : \"Succeeded\"", "\"rolledBack\" : false");
    }

    @Test
    void theSamplesMultiStagePipelineLintsCleanAndDeploysToTheTestServerThenToBothProductionInstances() throws Exception {
        Path app = temp.resolve("app");
        assertThat(cli.execute("init", app.toString())).isEqualTo(0);
        assertThat(cli.execute("lint", "--fail-on", "info", app.resolve("pipeline.yml").toString())).as(cli.out())
                .isEqualTo(0);

        Path report = temp.resolve("report.json");
        int code = cli.execute("run", app.toString(), "--pipeline", app.resolve("pipeline.yml").toString(), "--approve",
                "--report", report.toString());

        assertThat(code).as(cli.out() + "\n" + cli.err()).isEqualTo(0);
        Path instances = app.resolve(".codestages/instances/sample-app");
        assertThat(instances.resolve("test/TestServer/opt/sample-app/app.sh")).exists();
        assertThat(instances.resolve("production/ProductionFleet-1/opt/sample-app/app.sh")).exists();
        assertThat(instances.resolve("production/ProductionFleet-2/opt/sample-app/app.sh")).exists();
        String record = Files.readString(report);
        assertThat(record).contains("\"name\" : \"UnitTests\"", "\"name\" : \"SmokeTests\"",
                "\"deploymentGroupName\" : \"test\"", "\"deploymentGroupName\" : \"production\"",
                "\"instanceId\" : \"ProductionFleet-2\"").doesNotContain("\"status\" : \"Failed\"");
        assertThat(record).contains("\"customData\" : \"Deploy sample-app 1.0.1 (commit ");
        // the terminal tells the instances apart: each step and each line of hook output names its instance
        assertThat(cli.out()).contains("- ProductionFleet-1 ValidateService", "- ProductionFleet-2 ValidateService",
                "| ProductionFleet ProductionFleet-2 | validated",
                "instances: ProductionFleet-1 Succeeded, ProductionFleet-2 Succeeded");
    }

    @Test
    void deploymentGroupOptionsThatCannotBePlayedAreUsageErrorsBeforeAnyExecution() throws Exception {
        Path app = temp.resolve("app");
        cli.execute("init", app.toString());
        String pipeline = app.resolve("pipeline.yml").toString();

        assertThat(cli.execute("run", app.toString(), "--approve", "--instances", "0")).isEqualTo(2);
        assertThat(cli.err()).contains("--instances takes a number of at least 1, got 0");
        assertThat(cli.execute("run", app.toString(), "--approve", "--deployment-group", "missing.json")).isEqualTo(2);
        assertThat(cli.err()).contains("missing.json' is not a file");
        Path other = temp.resolve("other-group.json");
        Files.writeString(other, "{\"deploymentGroupInfo\": {\"applicationName\": \"sample-app\","
                + " \"deploymentGroupName\": \"staging\"}}");
        assertThat(cli.execute("run", app.toString(), "--pipeline", pipeline, "--approve", "--deployment-group",
                other.toString())).isEqualTo(2);
        assertThat(cli.err()).contains(other + ": names the deployment group sample-app/staging, which no"
                + " CodeDeploy action of the pipeline deploys to (they deploy to sample-app/production, sample-app/test)");
        assertThat(app.resolve(".codestages/executions")).doesNotExist();
    }

    /** A rejection fails the execution as in AWS (approvals-approve-or-reject.html): exit 1, status Failed. */
    @Test
    void aRejectedRunFailsAndAnUndecidedRunWaitsWithExitThreeUntilApproveContinuesIt() throws Exception {
        Path app = temp.resolve("app");
        cli.execute("init", app.toString());
        assertThat(cli.execute("run", app.toString(), "--reject")).isEqualTo(1);
        assertThat(cli.out()).contains("Execution ", "): Failed");
        // tests run without a terminal: no flag means the execution waits at the approval
        assertThat(cli.execute("run", app.toString())).isEqualTo(3);
        assertThat(cli.err()).contains("waits at Approval/Approve; decide with 'codestages approve ");
        String store = app.resolve(".codestages").toString();
        String id = java.util.regex.Pattern.compile("codestages approve ([0-9a-f-]{36})").matcher(cli.err())
                .results().reduce((a, b) -> b).orElseThrow().group(1);

        assertThat(cli.execute("status", id, "--store", store, "--format", "json")).isEqualTo(0);
        assertThat(cli.out()).contains("\"executionId\" : \"" + id + "\"", "\"status\" : \"InProgress\"");
        assertThat(cli.execute("history", "--store", store)).isEqualTo(0);
        assertThat(cli.out()).containsPattern(id + "  InProgress ");

        assertThat(cli.execute("approve", id, "--store", store, "--comment", "ship it")).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("Execution " + id + " (", "): Succeeded");
        assertThat(cli.execute("approve", id, "--store", store)).isEqualTo(2);
        assertThat(cli.err()).contains("is Succeeded; no approval of it waits for a decision");
        assertThat(cli.execute("status", "../../etc", "--store", store)).isEqualTo(2);
        assertThat(cli.err()).contains("is not an execution id");
    }

    @Test
    void initRefusesToOverwriteAndRunRefusesAFolderWithoutCommits() throws Exception {
        Path app = temp.resolve("app");
        cli.execute("init", app.toString());
        assertThat(cli.execute("init", app.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("these files exist already");

        Path plain = Files.createDirectories(temp.resolve("plain"));
        assertThat(cli.execute("run", plain.toString(), "--approve")).isEqualTo(2);
        assertThat(cli.err()).contains("is not a git repository");
        assertThat(cli.execute("run", "--approve", "--reject")).isEqualTo(2);
    }

    @Test
    void badEngineOptionsAndAnEmptyStoreAreUsageErrors() throws Exception {
        Path app = temp.resolve("app");
        cli.execute("init", app.toString());
        assertThat(cli.execute("run", app.toString(), "--time-scale", "0")).isEqualTo(2);
        assertThat(cli.err()).contains("the time scale must be a positive number");
        assertThat(cli.execute("run", app.toString(), "--stub", "Deploy=succeed")).isEqualTo(2);
        assertThat(cli.err()).contains("--stub takes STAGE/ACTION=succeed|fail, got 'Deploy=succeed'");
        assertThat(cli.execute("run", app.toString(), "--variable", "=x")).isEqualTo(2);
        String store = temp.resolve("empty-store").toString();
        assertThat(cli.execute("status", "--store", store)).isEqualTo(2);
        assertThat(cli.err()).contains("no execution in ");
        assertThat(cli.execute("history", "--store", store)).isEqualTo(0);
        assertThat(cli.out()).contains("No executions yet in ");
    }
}
