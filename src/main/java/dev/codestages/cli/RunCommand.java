package dev.codestages.cli;

import dev.codestages.engine.ActionOptions;
import dev.codestages.engine.ApprovalDecider;
import dev.codestages.engine.DeploymentGroupResolver;
import dev.codestages.engine.ComputeOptions;
import dev.codestages.engine.EngineClock;
import dev.codestages.engine.ExecutionEngine;
import dev.codestages.engine.ExecutionJson;
import dev.codestages.engine.ExecutionSetup;
import dev.codestages.engine.ExecutionState;
import dev.codestages.engine.PipelineControl;
import dev.codestages.engine.LocalInputs;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.report.ReportFiles;
import dev.codestages.run.ProcessTree;
import dev.codestages.run.SourceCheckout;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
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

/** {@code codestages run}: starts a pipeline execution locally, from the committed source to a deployment. */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Start a pipeline execution locally: source, build, approvals, deployments.",
        description = "Takes the committed source of the git repository in DIR (CodeCommit), runs the"
                + " buildspec's phases (CodeBuild), waits for approvals, and deploys with the appspec's"
                + " lifecycle hooks into the instance folders of each deployment group (CodeDeploy). Actions of one"
                + " runOrder run at the same time. Each execution is kept under STORE/executions/ (see"
                + " 'codestages status' and 'history'); without --approve/--reject and without a terminal it"
                + " waits at an approval (exit 3) for 'codestages approve' or 'reject'.")
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

    @Option(names = "--revision", paramLabel = "REV", description = "the commit, branch or tag of the project to run (default: the tip of the source action's BranchName, else HEAD)")
    private String revision;

    @Option(names = "--target", paramLabel = "DIR", description = "the folder the instance folders of every deployment group go under, TARGET/APPLICATION/GROUP/INSTANCE (default: STORE/instances)")
    private Path target;

    @Option(names = "--store", paramLabel = "DIR", description = "where executions and artifacts are kept (default: DIR/.codestages)")
    private Path store;

    @Option(names = "--report", paramLabel = "FILE", description = "write the execution record (JSON, version 2) to FILE")
    private Path report;

    @Mixin
    private SecretOptions secrets = new SecretOptions();

    @Mixin
    private LocalInputOptions localInputs = new LocalInputOptions();

    @Option(names = "--variable", paramLabel = "NAME=VALUE", description = "the value of pipeline-level variable NAME for this execution (#{variables.NAME})")
    private List<String> variables = List.of();

    @Option(names = "--stub", paramLabel = "STAGE/ACTION=succeed|fail", description = "stand in for an action the engine cannot play; shown as Stubbed, never Succeeded")
    private List<String> stubs = List.of();

    @Option(names = "--time-scale", paramLabel = "N", description = "run the engine's clock N times as fast (approval timeouts; default 1)")
    private double timeScale = 1;

    @Option(names = "--rollback", negatable = true, description = "switch automatic rollback of failed deployments on"
            + " (--no-rollback: off) for every deployment group; default: the group's own setting, off without one")
    private Boolean rollback;

    @Option(names = "--deployment-group", paramLabel = "FILE", description = "a deployment group as 'aws deploy"
            + " get-deployment-group' prints it (or a custom configuration as 'get-deployment-config' prints it);"
            + " the CodeDeploy action with that ApplicationName and DeploymentGroupName deploys to it; repeatable")
    private List<Path> deploymentGroups = List.of();

    @Option(names = "--instances", paramLabel = "N", description = "the number of instances of every deployment group"
            + " (default: the group's own, one without a definition)")
    private Integer instances;

    @Option(names = "--ignore-application-stop-failures", description = "a failed ApplicationStop, BeforeBlockTraffic"
            + " or AfterBlockTraffic does not fail the deployment to an instance")
    private boolean ignoreApplicationStopFailures;

    @Option(names = "--approval-timeout", paramLabel = "DURATION", description = "how long each approval waits"
            + " before it fails, e.g. 30s, 5m, 2h (default: the action's timeoutInMinutes, else 7 days)")
    private String approvalTimeout;

    @Option(names = "--function", paramLabel = "NAME=COMMAND", description = "the local command that stands for Lambda"
            + " function NAME: in Lambda invoke actions (the CodePipeline job event on its stdin) and as a CodeDeploy"
            + " hook function (its event on stdin)")
    private List<String> functions = List.of();

    @Option(names = "--deployment-config", paramLabel = "NAME", description = "the deployment configuration of a CodeDeploy group no template defines (e.g. CodeDeployDefault.LambdaCanary10Percent5Minutes)")
    private String deploymentConfig;

    @Option(names = "--container", paramLabel = "IMAGE=COMMAND", description = "run containers of IMAGE as this local command (ECS task sets)")
    private List<String> containers = List.of();

    @Override
    public Integer call() {
        return ProcessTree.stoppingOnExit(this::play);
    }

    private Integer play() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("codestages run: '" + dir + "' is not a folder");
            return ExitCodes.USAGE;
        }
        Map<String, String> secretValues;
        Map<String, String> variableValues;
        Map<String, String> stubbed;
        ActionOptions actionOptions;
        LocalInputs inputs;
        EngineClock clock;
        Duration timeout;
        try {
            secretValues = secrets.values();
            variableValues = pairs("--variable", variables, "NAME=VALUE");
            stubbed = pairs("--stub", stubs, "STAGE/ACTION=succeed|fail");
            for (Map.Entry<String, String> stub : stubbed.entrySet()) {
                if (!stub.getKey().contains("/") || !List.of("succeed", "fail").contains(stub.getValue())) {
                    throw new IllegalArgumentException("--stub takes STAGE/ACTION=succeed|fail, got '" + stub.getKey()
                            + "=" + stub.getValue() + "'");
                }
            }
            actionOptions = actionOptions().withCompute(new ComputeOptions(pairs("--function", functions,
                    "NAME=COMMAND"), deploymentConfig, pairs("--container", containers, "IMAGE=COMMAND")));
            inputs = localInputs.inputs();
            clock = EngineClock.system(timeScale);
            timeout = approvalTimeout == null ? null : DurationText.parse("--approval-timeout", approvalTimeout);
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
        Path storeDir = store != null ? store.toAbsolutePath().normalize() : base.resolve(".codestages");
        Path targetDir = target != null ? target.toAbsolutePath().normalize() : ExecutionSetup.forProject(dir, null, storeDir).target();
        LiveView view = new LiveView(out, Terminal.showsColour());
        Path pipelineFile = pipeline.sourceIn(base).equals(base) ? null : pipeline.sourceIn(base).toAbsolutePath().normalize();
        ExecutionSetup setup = new ExecutionSetup(base, revision, pipelineFile, targetDir, variableValues, stubbed,
                actionOptions, inputs);
        ExecutionState execution;
        try {
            Pipeline model = ExecutionEngine.read(setup);
            DeploymentGroupResolver.check(model, setup);
            // the pipeline's declared variables and their defaults come from the model; --variable goes over them
            ExecutionEngine engine = new ExecutionEngine(storeDir, clock, view, secretValues, approvals(view));
            engine.stopOnExit();
            engine.approvalTimeout(timeout);
            execution = new PipelineControl(engine).start(model, setup, Map.of());
        } catch (IOException e) {
            err.println("codestages run: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("codestages run: interrupted");
            return ExitCodes.USAGE;
        }
        view.summary(execution);
        if (report != null) {
            try {
                ReportFiles.writeAtomically(report, ExecutionJson.record(execution));
            } catch (IOException e) {
                err.println("codestages run: cannot write " + report + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        return ExecutionExit.reported(execution, "codestages run", err);
    }

    private ActionOptions actionOptions() {
        if (instances != null && instances < 1) {
            throw new IllegalArgumentException("--instances takes a number of at least 1, got " + instances);
        }
        List<Path> files = deploymentGroups.stream().map(file -> file.toAbsolutePath().normalize()).toList();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("--deployment-group: '" + file + "' is not a file");
            }
        }
        return new ActionOptions(files, instances, rollback, ignoreApplicationStopFailures,
                pairs("--function", functions, "NAME=COMMAND"));
    }

    private ApprovalDecider approvals(LiveView view) {
        if (decision != null && decision.approve) {
            return ApprovalDecider.always(ApprovalDecider.Decision.APPROVED, "approved with --approve");
        }
        if (decision != null && decision.reject) {
            return ApprovalDecider.always(ApprovalDecider.Decision.REJECTED, "rejected with --reject");
        }
        if (System.console() == null) {
            return ApprovalDecider.PENDING;
        }
        return view::ask;
    }

    /** {@code NAME=VALUE} pairs of a repeatable option, the last one winning. */
    static Map<String, String> pairs(String option, List<String> given, String shape) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : given) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(option + " takes " + shape + ", got '" + pair + "'");
            }
            pairs.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return pairs;
    }
}
