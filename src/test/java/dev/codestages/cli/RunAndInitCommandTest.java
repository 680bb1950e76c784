package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link InitCommand} and {@link RunCommand}: the sample app lints clean and runs green; exit codes. */
class RunAndInitCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        return Codestages.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void theSampleAppLintsCleanAndRunsGreenEndToEnd() throws Exception {
        Path app = temp.resolve("app");
        assertThat(execute("init", app.toString())).isEqualTo(0);
        assertThat(Files.isExecutable(app.resolve("scripts/validate.sh"))).isTrue();
        assertThat(app.resolve(".git")).isDirectory();

        assertThat(execute("lint", "--fail-on", "info", app.toString())).as(out.toString()).isEqualTo(0);

        Path report = temp.resolve("report.json");
        int code = execute("run", app.toString(), "--approve", "--report", report.toString());
        assertThat(code).as(out + "\n" + err).isEqualTo(0);
        assertThat(out.toString()).contains("== Stage Deploy", "- i-1 ValidateService", "Execution ", ": Succeeded");
        assertThat(app.resolve(".codestages/instances/app/local/i-1/opt/sample-app/app.sh")).exists();
        assertThat(Files.readString(report)).contains("\"status\" : \"Succeeded\"", "\"rolledBack\" : false");
    }

    @Test
    void theSamplesMultiStagePipelineLintsCleanAndDeploysToTheTestServerThenToBothProductionInstances() throws Exception {
        Path app = temp.resolve("app");
        assertThat(execute("init", app.toString())).isEqualTo(0);
        assertThat(execute("lint", "--fail-on", "info", app.resolve("pipeline.yml").toString())).as(out.toString())
                .isEqualTo(0);

        Path report = temp.resolve("report.json");
        int code = execute("run", app.toString(), "--pipeline", app.resolve("pipeline.yml").toString(), "--approve",
                "--report", report.toString());

        assertThat(code).as(out + "\n" + err).isEqualTo(0);
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
        assertThat(out.toString()).contains("- ProductionFleet-1 ValidateService", "- ProductionFleet-2 ValidateService",
                "| ProductionFleet ProductionFleet-2 | validated",
                "instances: ProductionFleet-1 Succeeded, ProductionFleet-2 Succeeded");
    }

    @Test
    void deploymentGroupOptionsThatCannotBePlayedAreUsageErrorsBeforeAnyExecution() throws Exception {
        Path app = temp.resolve("app");
        execute("init", app.toString());
        String pipeline = app.resolve("pipeline.yml").toString();

        assertThat(execute("run", app.toString(), "--approve", "--instances", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--instances takes a number of at least 1, got 0");
        assertThat(execute("run", app.toString(), "--approve", "--deployment-group", "missing.json")).isEqualTo(2);
        assertThat(err.toString()).contains("missing.json' is not a file");
        Path other = temp.resolve("other-group.json");
        Files.writeString(other, "{\"deploymentGroupInfo\": {\"applicationName\": \"sample-app\","
                + " \"deploymentGroupName\": \"staging\"}}");
        assertThat(execute("run", app.toString(), "--pipeline", pipeline, "--approve", "--deployment-group",
                other.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(other + ": names the deployment group sample-app/staging, which no"
                + " CodeDeploy action of the pipeline deploys to (they deploy to sample-app/production, sample-app/test)");
        assertThat(app.resolve(".codestages/executions")).doesNotExist();
    }

    /** A rejection fails the execution as in AWS (approvals-approve-or-reject.html): exit 1, status Failed. */
    @Test
    void aRejectedRunFailsAndAnUndecidedRunWaitsWithExitThreeUntilApproveContinuesIt() throws Exception {
        Path app = temp.resolve("app");
        execute("init", app.toString());
        assertThat(execute("run", app.toString(), "--reject")).isEqualTo(1);
        assertThat(out.toString()).contains("Execution ", "): Failed");
        // tests run without a terminal: no flag means the execution waits at the approval
        assertThat(execute("run", app.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("waits at Approval/Approve; decide with 'codestages approve ");
        String store = app.resolve(".codestages").toString();
        String id = java.util.regex.Pattern.compile("codestages approve ([0-9a-f-]{36})").matcher(err.toString())
                .results().reduce((a, b) -> b).orElseThrow().group(1);

        assertThat(execute("status", id, "--store", store, "--format", "json")).isEqualTo(0);
        assertThat(out.toString()).contains("\"executionId\" : \"" + id + "\"", "\"status\" : \"InProgress\"");
        assertThat(execute("history", "--store", store)).isEqualTo(0);
        assertThat(out.toString()).containsPattern(id + "  InProgress ");

        assertThat(execute("approve", id, "--store", store, "--comment", "ship it")).as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("Execution " + id + " (", "): Succeeded");
        assertThat(execute("approve", id, "--store", store)).isEqualTo(2);
        assertThat(err.toString()).contains("is Succeeded; no approval of it waits for a decision");
        assertThat(execute("status", "../../etc", "--store", store)).isEqualTo(2);
        assertThat(err.toString()).contains("is not an execution id");
    }

    @Test
    void initRefusesToOverwriteAndRunRefusesAFolderWithoutCommits() throws Exception {
        Path app = temp.resolve("app");
        execute("init", app.toString());
        assertThat(execute("init", app.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("these files exist already");

        Path plain = Files.createDirectories(temp.resolve("plain"));
        assertThat(execute("run", plain.toString(), "--approve")).isEqualTo(2);
        assertThat(err.toString()).contains("is not a git repository");
        assertThat(execute("run", "--approve", "--reject")).isEqualTo(2);
    }

    @Test
    void badEngineOptionsAndAnEmptyStoreAreUsageErrors() throws Exception {
        Path app = temp.resolve("app");
        execute("init", app.toString());
        assertThat(execute("run", app.toString(), "--time-scale", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("the time scale must be a positive number");
        assertThat(execute("run", app.toString(), "--stub", "Deploy=succeed")).isEqualTo(2);
        assertThat(err.toString()).contains("--stub takes STAGE/ACTION=succeed|fail, got 'Deploy=succeed'");
        assertThat(execute("run", app.toString(), "--variable", "=x")).isEqualTo(2);
        String store = temp.resolve("empty-store").toString();
        assertThat(execute("status", "--store", store)).isEqualTo(2);
        assertThat(err.toString()).contains("no execution in ");
        assertThat(execute("history", "--store", store)).isEqualTo(0);
        assertThat(out.toString()).contains("No executions yet in ");
    }
}
