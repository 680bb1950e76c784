package dev.codestages.cli;

import dev.codestages.report.ReportFiles;
import dev.codestages.run.Approval;
import dev.codestages.run.ExecutionResult;
import dev.codestages.run.PipelinePlan;
import dev.codestages.run.PipelinePlans;
import dev.codestages.run.PipelineRunner;
import dev.codestages.run.ProcessTree;
import dev.codestages.pipeline.PipelineFiles;
import dev.codestages.run.RunOptions;
import dev.codestages.run.RunReportWriter;
import dev.codestages.run.SecretsFile;
import dev.codestages.run.SourceCheckout;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code codestages run}: plays the whole pipeline locally, from the committed source to a deployment. */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Run the pipeline locally: source, build, approval, deployment.",
        description = "Takes the committed source of the git repository in DIR (CodeCommit), runs the"
                + " buildspec's phases (CodeBuild), waits for the approval, and deploys with the appspec's"
                + " lifecycle hooks into a local instance folder (CodeDeploy), with rollback.")
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "the project folder, a git repository (default: .)")
    private Path dir = Path.of(".");

    @Mixin
    private PipelineOption pipeline = new PipelineOption();

    @ArgGroup(exclusive = true)
    private Decision decision;

    static final class Decision {
        @Option(names = "--approve", required = true, description = "approve every manual approval")
        boolean approve;

        @Option(names = "--reject", required = true, description = "reject the first manual approval")
        boolean reject;
    }

    @Option(names = "--revision", paramLabel = "REV", description = "the commit, branch or tag to run (default: HEAD)")
    private String revision;

    @Option(names = "--target", paramLabel = "DIR", description = "the instance folder deployments go to (default: DIR/.codestages/instance)")
    private Path target;

    @Option(names = "--store", paramLabel = "DIR", description = "the artifact store (default: DIR/.codestages)")
    private Path store;

    @Option(names = "--report", paramLabel = "FILE", description = "write the execution as JSON to FILE")
    private Path report;

    @Option(names = "--secrets", paramLabel = "FILE", description = "parameter-store and secrets-manager values, one NAME=VALUE per line")
    private Path secretsFile;

    @Option(names = "--secret-env", paramLabel = "NAME=VAR", description = "take the value of parameter or secret NAME from environment variable VAR")
    private List<String> secretEnv = List.of();

    @Option(names = "--no-rollback", description = "leave a failed deployment in place")
    private boolean noRollback;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("codestages run: '" + dir + "' is not a folder");
            return ExitCodes.USAGE;
        }
        Map<String, String> secrets;
        try {
            secrets = secrets();
        } catch (IOException | IllegalArgumentException e) {
            err.println("codestages run: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Path base = dir.toAbsolutePath().normalize();
        try {
            SourceCheckout.resolve(base, revision);
        } catch (IOException e) {
            err.println("codestages run: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.USAGE;
        }
        // Ctrl-C or kill: each command runs in a session of its own, so stop them before the JVM goes,
        // and let the JVM wait until the stopped steps are recorded and the report written
        ProcessTree.stopAllOnExit();
        try {
            return runAndReport(out, err, base, secrets);
        } finally {
            ProcessTree.runEnded();
        }
    }

    private int runAndReport(PrintWriter out, PrintWriter err, Path base, Map<String, String> secrets) {
        Path storeDir = store != null ? store : base.resolve(".codestages");
        Path targetDir = target != null ? target : storeDir.resolve("instance");
        LiveView view = new LiveView(out, Terminal.showsColour());
        RunOptions options = new RunOptions(base, revision, storeDir, targetDir, approval(view), secrets, !noRollback);
        ExecutionResult result;
        try {
            Path source = pipeline.sourceIn(base);
            PipelinePlan plan = PipelinePlans.of(PipelineFiles.read(source, source.toString()));
            result = new PipelineRunner(options, view).run(plan);
        } catch (IOException e) {
            err.println("codestages run: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("codestages run: interrupted");
            return ExitCodes.USAGE;
        }
        view.summary(result, targetDir);
        if (report != null) {
            try {
                ReportFiles.writeAtomically(report, RunReportWriter.write(result));
            } catch (IOException e) {
                err.println("codestages run: cannot write " + report + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        switch (result.status()) {
            case SUCCEEDED:
                return ExitCodes.OK;
            case STOPPED:
                err.println(ProcessTree.stopping() ? "codestages run: interrupted; the steps in progress are recorded as stopped"
                        : "codestages run: stopped at the approval; pass --approve or --reject, or run on a terminal");
                return ExitCodes.USAGE;
            default:
                return ExitCodes.FINDINGS;
        }
    }

    private Approval approval(LiveView view) {
        if (decision != null && decision.approve) {
            return Approval.fixed(Approval.Decision.APPROVED);
        }
        if (decision != null && decision.reject) {
            return Approval.fixed(Approval.Decision.REJECTED);
        }
        if (System.console() == null) {
            return Approval.fixed(Approval.Decision.PENDING);
        }
        return (stage, action, customData) -> view.ask(stage, action, customData);
    }

    private Map<String, String> secrets() throws IOException {
        Map<String, String> secrets = new HashMap<>();
        if (secretsFile != null) {
            secrets.putAll(SecretsFile.read(secretsFile));
        }
        for (String pair : secretEnv) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("--secret-env takes NAME=VAR, got '" + pair + "'");
            }
            String variable = pair.substring(equals + 1);
            String value = System.getenv(variable);
            if (value == null) {
                throw new IllegalArgumentException("environment variable '" + variable + "' is not set");
            }
            secrets.put(pair.substring(0, equals), value);
        }
        return secrets;
    }
}
