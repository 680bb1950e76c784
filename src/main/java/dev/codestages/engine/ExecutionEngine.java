package dev.codestages.engine;

import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineFiles;
import dev.codestages.pipeline.Stage;
import dev.codestages.pipeline.Value;
import dev.codestages.run.RunListener;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Plays pipeline executions as CodePipeline does
 * (https://docs.aws.amazon.com/codepipeline/latest/userguide/concepts-how-it-works.html and
 * reference-pipeline-structure.html): stages one after another; inside a stage the runOrder groups in
 * ascending order, the actions of one group at the same time, each on its own thread with its own log;
 * when an action fails its siblings still finish, no later group starts, the stage and the execution fail.
 * A manual approval without a decision leaves the execution InProgress at the approval
 * (https://docs.aws.amazon.com/codepipeline/latest/userguide/approvals-approve-or-reject.html);
 * {@link #decide} continues that same execution later, and a rejection fails the action, the stage and the
 * execution. An action no player plays fails with "&lt;provider&gt; is not simulated locally" unless a
 * {@code --stub} stands in for it (status Stubbed). Every change is saved to the store as it happens, under
 * the store's lock.
 */
public final class ExecutionEngine {

    /** An approval waits this long when its action sets no {@code timeoutInMinutes} (approvals.html: 7 days). */
    static final Duration APPROVAL_TIMEOUT = Duration.ofDays(7);

    private final Path storeDir;
    private final ExecutionStore store;
    private final EngineClock clock;
    private final EngineListener listener;
    private final Map<String, String> secrets;
    private final ApprovalDecider decider;
    private final Map<String, ActionPlayer> players = Map.of("CodeCommit", new SourcePlayer(),
            "CodeBuild", new BuildPlayer(), "CodeDeploy", new DeployPlayer());
    /** The execution being played, for {@link #stopOnExit()}. */
    private volatile ExecutionState current;
    /** Set once the execution was stopped: from then on only the stop writes its state. */
    private volatile boolean stopped;

    public ExecutionEngine(Path storeDir, EngineClock clock, RunListener listener, Map<String, String> secrets,
                           ApprovalDecider decider) {
        this.storeDir = storeDir.toAbsolutePath().normalize();
        this.store = new ExecutionStore(this.storeDir);
        this.clock = clock;
        this.listener = EngineListener.of(listener);
        this.secrets = Map.copyOf(secrets);
        this.decider = decider;
    }

    public ExecutionStore store() {
        return store;
    }

    /**
     * On Ctrl-C or {@code kill} the execution being played ends Stopped and its running actions Abandoned, as
     * StopPipelineExecution with abandon does in AWS (codepipeline.md 5.5), so its state never claims work
     * that nobody is doing any more. An approval left waiting stays waiting.
     */
    public void stopOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "codestages-stop-execution"));
    }

    void stop() {
        ExecutionState execution = current;
        if (execution == null || execution.status() != Status.IN_PROGRESS) {
            return;
        }
        stopped = true;
        Instant now = clock.now();
        // under the execution's lock: the playing threads can change nothing between this and the save
        synchronized (execution) {
            stopUnderLock(execution, now);
        }
    }

    private void stopUnderLock(ExecutionState execution, Instant now) {
        for (StageState stage : execution.stages()) {
            boolean running = false;
            for (ActionState action : stage.actions()) {
                if (action.status() == Status.IN_PROGRESS && action.approval() == null) {
                    action.finish(Status.ABANDONED, now, new ActionState.Error("Abandoned",
                            "the execution was stopped while the action ran"));
                    running = true;
                }
            }
            if (running) {
                stage.status(Status.STOPPED);
            }
        }
        execution.status(Status.STOPPED, now);
        try {
            store.save(execution);
        } catch (IOException e) {
            // the JVM is going down: the last state written stays, readable
        }
    }

    private void save(ExecutionState execution) throws IOException {
        if (!stopped) {
            store.save(execution);
        }
    }

    /**
     * Starts a new execution of {@code pipeline} and plays it until it ends or waits at an approval.
     *
     * @param declaredVariables the pipeline-level variables with their default values; the values in
     *                          {@code setup} take their place for this execution
     */
    public ExecutionState start(Pipeline pipeline, ExecutionSetup setup, Map<String, String> declaredVariables)
            throws IOException, InterruptedException {
        return start(ExecutionStore.newId(), pipeline, setup, declaredVariables);
    }

    /**
     * Starts execution {@code id} (a fresh {@link ExecutionStore#newId()}): for a caller that answers with the
     * id before the execution has played, as StartPipelineExecution does.
     */
    public ExecutionState start(String id, Pipeline pipeline, ExecutionSetup setup, Map<String, String> declaredVariables)
            throws IOException, InterruptedException {
        if (!ExecutionStore.isId(id)) {
            throw new IllegalArgumentException("'" + id + "' is not an execution id");
        }
        try (ExecutionStore.Lock lock = store.lock()) {
            List<StageState> stages = new ArrayList<>();
            for (Stage stage : pipeline.stages()) {
                List<ActionState> actions = new ArrayList<>();
                for (Action action : stage.actions()) {
                    actions.add(new ActionState(text(action.name()), text(action.provider()), action.runOrderNumber()));
                }
                stages.add(new StageState(text(stage.name()), actions));
            }
            String name = pipeline.name().isPresent() ? pipeline.name().text() : "pipeline";
            ExecutionState execution = new ExecutionState(id, name, setup, stages, clock.now());
            // variables reference, "Namespaces": the reserved codepipeline namespace and the pipeline-level variables
            execution.variable("codepipeline.PipelineExecutionId", id);
            Map<String, String> variables = new LinkedHashMap<>(declaredVariables);
            variables.putAll(setup.variables());
            variables.forEach((variable, value) -> execution.variable("variables." + variable, value));
            store.save(execution);
            return playing(execution, pipeline);
        }
    }

    private ExecutionState playing(ExecutionState execution, Pipeline pipeline) throws IOException, InterruptedException {
        current = execution;
        try {
            play(execution, pipeline);
        } finally {
            current = null;
        }
        return execution;
    }

    /**
     * Decides a pending approval of execution {@code id} and continues the execution from there.
     *
     * @param step the approval as {@code Stage/Action}; null when exactly one approval is pending
     * @throws IOException when there is no such execution or no such pending approval
     */
    public ExecutionState decide(String id, String step, ApprovalDecider.Decision decision, String summary)
            throws IOException, InterruptedException {
        try (ExecutionStore.Lock lock = store.lock()) {
            ExecutionState execution = store.load(id);
            List<String> pending = execution.pendingApprovals();
            if (execution.status() != Status.IN_PROGRESS || pending.isEmpty()) {
                throw new IOException("execution " + id + " is " + execution.status().label()
                        + "; no approval of it waits for a decision");
            }
            String target = step;
            if (target == null) {
                if (pending.size() > 1) {
                    throw new IOException("several approvals wait: " + String.join(", ", pending)
                            + "; name one with --action STAGE/ACTION");
                }
                target = pending.get(0);
            } else if (!pending.contains(target)) {
                throw new IOException("no approval " + target + " waits in execution " + id + " (waiting: "
                        + String.join(", ", pending) + ")");
            }
            Pipeline pipeline = read(execution.setup());
            checkUnchanged(execution, pipeline);
            ActionState action = execution.action(target).orElseThrow();
            ActionState.Approval approval = action.approval();
            Instant now = clock.now();
            if (approval.expires() != null && now.isAfter(approval.expires())) {
                action.approval(approval.decided("Expired", null));
                end(execution, target, action, ActionOutcome.failed("JobFailed",
                        "the approval timed out at " + ExecutionJson.TIME.format(approval.expires())));
            } else if (decision == ApprovalDecider.Decision.APPROVED) {
                action.approval(approval.decided("Approved", summary));
                end(execution, target, action, ActionOutcome.succeeded(Map.of()));
            } else if (decision == ApprovalDecider.Decision.REJECTED) {
                action.approval(approval.decided("Rejected", summary));
                end(execution, target, action, rejected(summary));
            } else {
                throw new IOException("a decision is approve or reject");
            }
            return playing(execution, pipeline);
        }
    }

    /** Reads the pipeline an execution was started from. */
    public static Pipeline read(ExecutionSetup setup) throws IOException {
        Path source = setup.pipelineSource();
        return PipelineFiles.read(source, source.toString());
    }

    /** Editing a pipeline cancels its running executions in AWS; here a changed shape is refused. */
    private static void checkUnchanged(ExecutionState execution, Pipeline pipeline) throws IOException {
        List<String> now = new ArrayList<>();
        pipeline.stages().forEach(stage -> stage.actions().forEach(a -> now.add(text(stage.name()) + "/" + text(a.name()))));
        List<String> then = new ArrayList<>();
        execution.stages().forEach(stage -> stage.actions().forEach(a -> then.add(stage.name() + "/" + a.name())));
        if (!now.equals(then)) {
            throw new IOException("the pipeline's stages or actions changed since execution " + execution.executionId()
                    + " started; start a new execution with 'codestages run'");
        }
    }

    private void play(ExecutionState execution, Pipeline pipeline) throws IOException, InterruptedException {
        List<Stage> stages = pipeline.stages();
        for (int s = 0; s < stages.size(); s++) {
            StageState stage = execution.stages().get(s);
            if (stopped) {
                return;
            }
            if (stage.status() != null && stage.status() != Status.IN_PROGRESS) {
                continue;
            }
            if (stage.status() == null) {
                stage.status(Status.IN_PROGRESS);
                listener.started(stage.name());
                save(execution);
            }
            for (List<Action> group : stages.get(s).runOrderGroups()) {
                List<Action> waiting = group.stream().filter(a -> stage.action(text(a.name())).status() == null).toList();
                if (!waiting.isEmpty()) {
                    playGroup(execution, stage, waiting);
                }
                List<ActionState> states = group.stream().map(a -> stage.action(text(a.name()))).toList();
                if (states.stream().anyMatch(a -> a.status() == Status.IN_PROGRESS)) {
                    save(execution);
                    return;
                }
                if (states.stream().anyMatch(a -> a.status() == Status.FAILED)) {
                    endStage(execution, stage, Status.FAILED);
                    execution.status(Status.FAILED, clock.now());
                    save(execution);
                    return;
                }
            }
            boolean stubbed = stage.actions().stream().anyMatch(a -> a.status() == Status.STUBBED);
            endStage(execution, stage, stubbed ? Status.STUBBED : Status.SUCCEEDED);
        }
        execution.status(Status.SUCCEEDED, clock.now());
        save(execution);
    }

    private void endStage(ExecutionState execution, StageState stage, Status status) throws IOException {
        stage.status(status);
        Instant first = stage.actions().stream().map(ActionState::startTime).filter(t -> t != null).min(Instant::compareTo)
                .orElse(clock.now());
        listener.ended(stage.name(), status, Duration.between(first, clock.now()).toMillis());
        save(execution);
    }

    private void playGroup(ExecutionState execution, StageState stage, List<Action> actions)
            throws IOException, InterruptedException {
        // the scope is taken before the group starts: actions of one runOrder never see each other's variables
        VariableScope scope = new VariableScope(execution.variables());
        ExecutorService threads = Executors.newFixedThreadPool(actions.size(), runnable -> {
            Thread thread = new Thread(runnable, "codestages-action");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Action action : actions) {
                running.add(threads.submit(() -> {
                    playAction(execution, stage, action, scope);
                    return null;
                }));
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    if (cause instanceof InterruptedException interrupted) {
                        throw interrupted;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private void playAction(ExecutionState execution, StageState stage, Action action, VariableScope scope)
            throws IOException, InterruptedException {
        ActionState state = stage.action(text(action.name()));
        String step = stage.name() + "/" + state.name();
        state.start(clock.now());
        listener.started(step);
        save(execution);
        ActionOutcome outcome;
        try (ActionLog log = new ActionLog(step, listener, store.log(execution.executionId(), stage.name(), state.name()))) {
            try {
                outcome = outcome(execution, stage, action, scope, log);
            } catch (IOException e) {
                outcome = ActionOutcome.failed(e.getMessage());
            } catch (RuntimeException e) {
                // a bug in a player fails its action loudly, never the whole engine silently
                outcome = ActionOutcome.failed("internal error: " + e);
            }
        }
        state.outputVariables(outcome.outputVariables());
        if (outcome.phases() != null) {
            state.phases(outcome.phases());
        }
        if (outcome.deployment() != null) {
            state.deployment(outcome.deployment());
        }
        if (action.namespace().isPresent()) {
            // only an action with a namespace makes its variables referable (variables reference, "Namespaces")
            outcome.outputVariables().forEach((name, value) -> execution.variable(text(action.namespace()) + "." + name, value));
        }
        if (outcome.status() == Status.IN_PROGRESS) {
            listener.note(step, "waiting for a decision: codestages approve " + execution.executionId()
                    + " --action " + step + " (or reject)");
            save(execution);
            return;
        }
        end(execution, step, state, outcome);
    }

    private void end(ExecutionState execution, String step, ActionState state, ActionOutcome outcome) throws IOException {
        if (stopped) {
            return;
        }
        Instant now = clock.now();
        state.finish(outcome.status(), now, outcome.error());
        if (outcome.error() != null) {
            listener.note(step, outcome.error().message());
        }
        listener.ended(step, outcome.status(), state.startTime() == null ? 0 : Duration.between(state.startTime(), now).toMillis());
        save(execution);
    }

    private ActionOutcome outcome(ExecutionState execution, StageState stage, Action action, VariableScope scope,
                                  ActionLog log) throws IOException, InterruptedException {
        String name = text(action.name());
        String step = stage.name() + "/" + name;
        VariableScope.Resolution resolution = scope.resolve(action.configuration().asMap());
        if (!resolution.unresolved().isEmpty()) {
            return ActionOutcome.failed("ConfigurationError", VariableScope.unresolvedMessage(name, resolution.unresolved()));
        }
        String stub = execution.setup().stubs().get(step);
        if (stub != null) {
            log.note("", "stood in for by --stub " + step + "=" + stub + ": nothing was played");
            return "succeed".equals(stub) ? new ActionOutcome(Status.STUBBED, null, Map.of(), null, null)
                    : ActionOutcome.failed("JobFailed", "failed as told by --stub " + step + "=fail");
        }
        List<String> inputs = names(action.inputArtifacts());
        for (String input : inputs) {
            if (!execution.artifacts().containsKey(input)) {
                return ActionOutcome.failed("ConfigurationError", "input artifact '" + input
                        + "' was not produced by an earlier action");
            }
        }
        String provider = text(action.provider());
        if (action.isApproval() && provider.equals("Manual")) {
            return approval(execution, step, action, resolution.configuration());
        }
        ActionPlayer player = action.owner().is("AWS") ? players.get(provider) : null;
        if (player == null) {
            return ActionOutcome.failed("ConfigurationError", provider + " is not simulated locally; stand in for it with"
                    + " --stub " + step + "=succeed or =fail");
        }
        Path work = store.directory(execution.executionId()).resolve("work").resolve(ExecutionStore.safe(stage.name()))
                .resolve(ExecutionStore.safe(name));
        Path artifacts = storeDir.resolve("artifacts").resolve(execution.executionId());
        return player.play(new ActionRun(execution, stage.name(), name, provider, resolution.configuration(), inputs,
                names(action.outputArtifacts()), log, work, artifacts, storeDir, secrets));
    }

    private ActionOutcome approval(ExecutionState execution, String step, Action action, Map<String, String> configuration) {
        ActionState state = execution.action(step).orElseThrow();
        Duration timeout = APPROVAL_TIMEOUT;
        if (action.timeoutInMinutes().isLiteral()) {
            try {
                timeout = Duration.ofMinutes(Long.parseLong(action.timeoutInMinutes().text().trim()));
            } catch (NumberFormatException e) {
                timeout = APPROVAL_TIMEOUT;
            }
        }
        String token = UUID.randomUUID().toString();
        Instant expires = state.startTime().plus(timeout);
        ActionState.Approval pending = new ActionState.Approval(token, expires, null, null,
                configuration.get("CustomData"), configuration.get("ExternalEntityLink"));
        state.approval(pending);
        ApprovalDecider.Answer answer = decider.decide(step, pending.customData(), pending.externalEntityLink());
        switch (answer.decision()) {
            case APPROVED:
                state.approval(pending.decided("Approved", answer.summary()));
                return ActionOutcome.succeeded(Map.of());
            case REJECTED:
                state.approval(pending.decided("Rejected", answer.summary()));
                return rejected(answer.summary());
            default:
                return new ActionOutcome(Status.IN_PROGRESS, null, Map.of(), null, null);
        }
    }

    private static ActionOutcome rejected(String summary) {
        return ActionOutcome.failed("JobFailed", "Rejected" + (summary == null || summary.isBlank() ? "" : ": " + summary));
    }

    private static List<String> names(List<dev.codestages.pipeline.Artifact> artifacts) {
        return artifacts.stream().filter(a -> a.name().isPresent()).map(a -> a.name().text()).toList();
    }

    private static String text(Value value) {
        return value.isPresent() ? value.text() : "";
    }
}
