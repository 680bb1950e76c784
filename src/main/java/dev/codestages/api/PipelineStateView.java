package dev.codestages.api;

import static dev.codestages.api.ApiJsonWriter.object;
import static dev.codestages.api.PipelineDeclarationView.text;

import dev.codestages.engine.ActionState;
import dev.codestages.engine.ExecutionState;
import dev.codestages.engine.StageState;
import dev.codestages.engine.StageTransitions;
import dev.codestages.pipeline.Status;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Execution records as CodePipeline's read operations show them (botocore codepipeline 2015-07-09):
 * GetPipelineState's {@code StageState}s, each with the newest execution that entered the stage and the
 * pending approval's {@code token} as AWS returns it in {@code latestExecution.token}; GetPipelineExecution's
 * {@code PipelineExecution}; ListPipelineExecutions' summaries; ListActionExecutions' details. Every value
 * comes from the store's records and the pipeline model; nothing is kept between requests.
 */
final class PipelineStateView {

    private final Pipeline pipeline;
    private final String name;

    PipelineStateView(Pipeline pipeline, String name) {
        this.pipeline = pipeline;
        this.name = name;
    }

    /** GetPipelineState's answer; {@code history} newest first. */
    Map<String, Object> state(List<ExecutionState> history, Map<String, StageTransitions.Transition> transitions) {
        List<Object> stages = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            String stageName = text(stage.name());
            ExecutionState latest = history.stream().filter(e -> e.stage(stageName) != null
                    && e.stage(stageName).status() != null).findFirst().orElse(null);
            List<Object> actions = new ArrayList<>();
            for (Action action : stage.actions()) {
                ActionState state = latest == null ? null : latest.stage(stageName).action(text(action.name()));
                actions.add(object("actionName", text(action.name()),
                        "latestExecution", state == null || state.status() == null ? null
                                : actionExecution(latest, stageName, action, state)));
            }
            // transitions.html: enabled unless disabled; the store keeps why and since when
            StageTransitions.Transition inbound = transitions.get(stageName);
            stages.add(object("stageName", stageName,
                    "inboundTransitionState", inbound == null ? object("enabled", true) : object("enabled", inbound.enabled(),
                            "lastChangedAt", inbound.lastChangedAt(), "disabledReason", inbound.disabledReason()),
                    "actionStates", actions,
                    "latestExecution", latest == null ? null : object("pipelineExecutionId", latest.executionId(),
                            "status", latest.stage(stageName).status().label())));
        }
        return object("pipelineName", name, "pipelineVersion", 1, "stageStates", stages);
    }

    private Map<String, Object> actionExecution(ExecutionState execution, String stage, Action action, ActionState state) {
        ActionState.Approval approval = state.approval();
        ActionState.Error error = state.error();
        return object("actionExecutionId", ExternalIds.actionExecutionId(execution.executionId(), stage, state),
                "status", state.status().label(),
                "summary", summary(state),
                "lastStatusChange", lastChange(state),
                // approvals-approve-or-reject.html: the token of the pending approval, for PutApprovalResult
                "token", approval != null && state.status() == Status.IN_PROGRESS ? approval.token() : null,
                "externalExecutionId", externalId(execution, stage, action, state),
                "errorDetails", error == null ? null : object("code", error.code(), "message", error.message()));
    }

    /** GetPipelineExecution's {@code pipelineExecution}. */
    Map<String, Object> execution(ExecutionState execution) {
        List<Object> variables = new ArrayList<>();
        execution.orderedVariables().forEach((variable, value) -> {
            if (variable.startsWith("variables.")) {
                variables.add(object("name", variable.substring("variables.".length()), "resolvedValue", value));
            }
        });
        List<Object> revisions = new ArrayList<>();
        sourceAction().ifPresent(source -> {
            if (!execution.sourceVersion().isEmpty() && !source.outputArtifacts().isEmpty()) {
                revisions.add(object("name", text(source.outputArtifacts().get(0).name()),
                        "revisionId", execution.sourceVersion(),
                        "revisionSummary", sourceOutput(execution, "CommitMessage")));
            }
        });
        return object("pipelineName", name, "pipelineVersion", 1, "pipelineExecutionId", execution.executionId(),
                "status", execution.status().label(), "statusSummary", execution.statusSummary(),
                "artifactRevisions", revisions, "variables", variables,
                "trigger", object("triggerType", "StartPipelineExecution"),
                "executionMode", PipelineDeclarationView.executionMode(pipeline), "executionType", "STANDARD");
    }

    /** One of ListPipelineExecutions' {@code pipelineExecutionSummaries}. */
    Map<String, Object> summary(ExecutionState execution) {
        List<Object> sources = new ArrayList<>();
        sourceAction().ifPresent(source -> {
            if (!execution.sourceVersion().isEmpty()) {
                sources.add(object("actionName", text(source.name()), "revisionId", execution.sourceVersion(),
                        "revisionSummary", sourceOutput(execution, "CommitMessage")));
            }
        });
        return object("pipelineExecutionId", execution.executionId(), "status", execution.status().label(),
                "statusSummary", execution.statusSummary(), "startTime", execution.startTime(), "lastUpdateTime", lastUpdate(execution), "sourceRevisions", sources,
                "trigger", object("triggerType", "StartPipelineExecution"),
                "executionMode", PipelineDeclarationView.executionMode(pipeline), "executionType", "STANDARD");
    }

    /** ListActionExecutions' details of every action of {@code execution} that started. */
    List<Object> actionExecutions(ExecutionState execution) {
        List<Object> details = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            String stageName = text(stage.name());
            StageState stageState = execution.stage(stageName);
            for (Action action : stage.actions()) {
                ActionState state = stageState == null ? null : stageState.action(text(action.name()));
                if (state == null || state.status() == null) {
                    continue;
                }
                ActionState.Error error = state.error();
                details.add(object("pipelineExecutionId", execution.executionId(),
                        "actionExecutionId", ExternalIds.actionExecutionId(execution.executionId(), stageName, state),
                        "pipelineVersion", 1, "stageName", stageName, "actionName", state.name(),
                        "startTime", state.startTime(), "lastUpdateTime", lastChange(state),
                        "status", state.status().label(),
                        "input", object("actionTypeId", PipelineDeclarationView.actionTypeId(action),
                                "configuration", action.configuration().asMap(),
                                "namespace", action.namespace().isPresent() ? action.namespace().text() : null),
                        "output", object("executionResult", object(
                                        "externalExecutionId", externalId(execution, stageName, action, state),
                                        "externalExecutionSummary", summary(state),
                                        "errorDetails", error == null ? null
                                                : object("code", error.code(), "message", error.message())),
                                "outputVariables", state.outputVariables())));
            }
        }
        return details;
    }

    /** The pipeline's first source action, whose revision an execution runs. */
    private Optional<Action> sourceAction() {
        return pipeline.actions().stream().filter(Action::isSource).findFirst();
    }

    /** An output variable of the first source action in {@code execution} (CommitMessage, ...). */
    private String sourceOutput(ExecutionState execution, String variable) {
        for (Stage stage : pipeline.stages()) {
            for (Action action : stage.actions()) {
                if (action.isSource()) {
                    StageState stageState = execution.stage(text(stage.name()));
                    ActionState state = stageState == null ? null : stageState.action(text(action.name()));
                    return state == null ? null : state.outputVariables().get(variable);
                }
            }
        }
        return null;
    }

    /** What CodePipeline shows as the run's external id: the commit, the build id, the deployment id. */
    static String externalId(ExecutionState execution, String stage, Action action, ActionState state) {
        if (state.deployment() != null) {
            return state.deployment().deploymentId();
        }
        if (text(action.provider()).equals("CodeBuild")) {
            return ExternalIds.buildId(CodeBuildApi.projectName(action, execution.pipelineName()), execution.executionId(),
                    stage, state);
        }
        return state.outputVariables().get("CommitId");
    }

    private static String summary(ActionState state) {
        if (state.approval() != null) {
            return state.approval().summary();
        }
        return state.outputVariables().get("CommitMessage");
    }

    private static Instant lastChange(ActionState state) {
        return state.endTime() != null ? state.endTime() : state.startTime();
    }

    static Instant lastUpdate(ExecutionState execution) {
        Instant last = execution.endTime() != null ? execution.endTime() : execution.startTime();
        for (StageState stage : execution.stages()) {
            for (ActionState action : stage.actions()) {
                Instant change = lastChange(action);
                if (change != null && (last == null || change.isAfter(last))) {
                    last = change;
                }
            }
        }
        return Objects.requireNonNullElse(last, Instant.EPOCH);
    }
}
