package dev.codestages.api;

import static dev.codestages.api.ApiJsonWriter.object;
import static dev.codestages.api.PipelineDeclarationView.text;

import dev.codestages.engine.ActionState;
import dev.codestages.engine.ApprovalDecider;
import dev.codestages.engine.ExecutionState;
import dev.codestages.engine.ExecutionStore;
import dev.codestages.engine.PipelineControl;
import dev.codestages.engine.StageState;
import dev.codestages.engine.StageTransitions;
import dev.codestages.pipeline.Status;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CodePipeline's operations (target prefix {@code CodePipeline_20150709}) on the project's pipeline and the
 * executions in its store: the pipeline, its state with the approval token and the stage transitions,
 * executions and action executions to read; every change through the engine's control facade
 * ({@link PipelineControl}), as the CLI and the console make it. StartPipelineExecution, PutApprovalResult,
 * RetryStageExecution and EnableStageTransition play on a thread of their own, so the call answers as soon as
 * the store shows the change. Errors are the service model's: PipelineNotFoundException,
 * PipelineExecutionNotFoundException, InvalidApprovalTokenException, StageNotRetryableException, ...
 */
final class CodePipelineApi extends AwsService {

    private final ApiProject project;

    CodePipelineApi(ApiProject project) {
        super("CodePipeline_20150709", "codepipeline");
        this.project = project;
    }

    @Override
    Object call(String operation, ApiInput input) throws AwsApiError {
        switch (operation) {
            case "ListPipelines":
                return listPipelines();
            case "GetPipeline": {
                Pipeline pipeline = served(input.required("name"));
                return object("pipeline", PipelineDeclarationView.declaration(pipeline, ApiProject.name(pipeline)),
                        "metadata", object("pipelineArn", pipelineArn(ApiProject.name(pipeline))));
            }
            case "GetPipelineState": {
                Pipeline pipeline = served(input.required("name"));
                return view(pipeline).state(executions(pipeline), transitions(pipeline));
            }
            case "StartPipelineExecution":
                return start(input);
            case "GetPipelineExecution": {
                Pipeline pipeline = served(input.required("pipelineName"));
                return object("pipelineExecution", view(pipeline).execution(execution(pipeline,
                        input.required("pipelineExecutionId"))));
            }
            case "ListPipelineExecutions":
                return listExecutions(input);
            case "ListActionExecutions":
                return listActionExecutions(input);
            case "PutApprovalResult":
                return putApprovalResult(input);
            case "RetryStageExecution":
                return retry(input);
            case "StopPipelineExecution":
                return stop(input);
            case "DisableStageTransition":
                return disableTransition(input);
            case "EnableStageTransition":
                return enableTransition(input);
            default:
                throw unknown(operation);
        }
    }

    private Object listPipelines() throws AwsApiError {
        Pipeline pipeline = pipeline();
        return object("pipelines", List.of(object("name", ApiProject.name(pipeline), "version", 1,
                "pipelineType", pipeline.pipelineType().isPresent() ? pipeline.pipelineType().text() : null,
                "executionMode", PipelineDeclarationView.executionMode(pipeline))));
    }

    private Object start(ApiInput input) throws AwsApiError {
        Pipeline pipeline = served(input.required("name"));
        Map<String, String> variables = new LinkedHashMap<>();
        for (Object variable : input.list("variables")) {
            ApiInput pair = ApiInput.of(variable);
            variables.put(pair.required("name"), pair.required("value"));
        }
        String revision = null;
        for (Object override : input.list("sourceRevisions")) {
            ApiInput source = ApiInput.of(override);
            if (!"COMMIT_ID".equals(source.text("revisionType"))) {
                throw new AwsApiError("ValidationException", "the local CodeCommit source takes a COMMIT_ID revision,"
                        + " not " + source.text("revisionType"));
            }
            revision = source.required("revisionValue");
        }
        String id = ExecutionStore.newId();
        PipelineControl control = project.control();
        var setup = project.setup(revision, variables);
        BackgroundPlay.start("codestages-api-" + id, () -> control.start(id, pipeline, setup, Map.of()),
                () -> Files.isRegularFile(project.store().directory(id).resolve("state.json")), "ValidationException");
        return object("pipelineExecutionId", id);
    }

    private Object listExecutions(ApiInput input) throws AwsApiError {
        Pipeline pipeline = served(input.required("pipelineName"));
        String succeededIn = input.object("filter").object("succeededInStage").text("stageName");
        PipelineStateView view = view(pipeline);
        List<Object> summaries = new ArrayList<>();
        for (ExecutionState execution : executions(pipeline)) {
            StageState stage = succeededIn == null ? null : execution.stage(succeededIn);
            if (succeededIn == null || stage != null && stage.status() == Status.SUCCEEDED) {
                summaries.add(view.summary(execution));
            }
        }
        ResultPage page = ResultPage.of(summaries, input.number("maxResults"), input.text("nextToken"), 100);
        return object("pipelineExecutionSummaries", page.items(), "nextToken", page.nextToken());
    }

    private Object listActionExecutions(ApiInput input) throws AwsApiError {
        Pipeline pipeline = served(input.required("pipelineName"));
        String executionId = input.object("filter").text("pipelineExecutionId");
        List<ExecutionState> executions = executionId == null ? executions(pipeline)
                : List.of(execution(pipeline, executionId));
        PipelineStateView view = view(pipeline);
        List<Object> details = new ArrayList<>();
        for (ExecutionState execution : executions) {
            List<Object> ofExecution = new ArrayList<>(view.actionExecutions(execution));
            // newest first, as AWS lists them
            Collections.reverse(ofExecution);
            details.addAll(ofExecution);
        }
        ResultPage page = ResultPage.of(details, input.number("maxResults"), input.text("nextToken"), 100);
        return object("actionExecutionDetails", page.items(), "nextToken", page.nextToken());
    }

    /**
     * approvals-approve-or-reject.html and the PutApprovalResult reference: the token must be the one
     * GetPipelineState gave for the waiting approval; a decided approval refuses a second decision.
     */
    private Object putApprovalResult(ApiInput input) throws AwsApiError {
        Pipeline pipeline = served(input.required("pipelineName"));
        String stage = input.required("stageName");
        String action = input.required("actionName");
        String token = input.required("token");
        ApiInput result = input.object("result");
        String status = result.required("status");
        String summary = result.text("summary");
        declaredStage(pipeline, stage);
        Stage declared = pipeline.stages().stream().filter(s -> text(s.name()).equals(stage)).findFirst().orElseThrow();
        if (declared.actions().stream().noneMatch(a -> text(a.name()).equals(action))) {
            throw new AwsApiError("ActionNotFoundException", "Action " + action + " not found in stage " + stage);
        }
        ApprovalDecider.Decision decision = switch (status) {
            case "Approved" -> ApprovalDecider.Decision.APPROVED;
            case "Rejected" -> ApprovalDecider.Decision.REJECTED;
            default -> throw new AwsApiError("ValidationException", "1 validation error detected: Value '" + status
                    + "' at 'result.status' failed to satisfy constraint: Member must satisfy enum value set: [Approved, Rejected]");
        };
        String step = stage + "/" + action;
        ExecutionState waiting = null;
        for (ExecutionState execution : executions(pipeline)) {
            ActionState state = execution.action(step).orElse(null);
            if (state != null && state.approval() != null && token.equals(state.approval().token())) {
                waiting = execution;
                if (state.status() != Status.IN_PROGRESS || state.approval().decision() != null) {
                    throw new AwsApiError("ApprovalAlreadyCompletedException", "The approval action " + step
                            + " of execution " + execution.executionId() + " has already been "
                            + (state.approval().decision() == null ? "completed" : state.approval().decision().toLowerCase()));
                }
            }
        }
        if (waiting == null) {
            throw new AwsApiError("InvalidApprovalTokenException", "The token " + token + " is not the token of a"
                    + " pending approval of " + step + " (GetPipelineState shows it in latestExecution.token)");
        }
        String id = waiting.executionId();
        PipelineControl control = project.control();
        ActionState now;
        try {
            // the control applies an approval's timeout when the execution is read (approvals.html: 7 days by default)
            now = control.status(id).action(step).orElseThrow();
        } catch (IOException e) {
            throw AwsApiError.refused(e, "ValidationException");
        }
        if (now.status() != Status.IN_PROGRESS) {
            throw new AwsApiError("ApprovalAlreadyCompletedException", "The approval action " + step + " of execution "
                    + id + " expired at " + now.approval().expires() + " and failed");
        }
        BackgroundPlay.start("codestages-api-" + id, () -> {
            if (decision == ApprovalDecider.Decision.APPROVED) {
                control.approve(id, step, summary);
            } else {
                control.reject(id, step, summary);
            }
        }, () -> decided(id, step), "ValidationException");
        return object("approvedAt", project.clock().now());
    }

    /** stage-retry.html: the failed (or all) actions of a failed stage run again in the same execution. */
    private Object retry(ApiInput input) throws AwsApiError {
        Pipeline pipeline = served(input.required("pipelineName"));
        String stage = declaredStage(pipeline, input.required("stageName"));
        String id = input.required("pipelineExecutionId");
        String mode = input.required("retryMode");
        if (!mode.equals("FAILED_ACTIONS") && !mode.equals("ALL_ACTIONS")) {
            throw new AwsApiError("ValidationException", "1 validation error detected: Value '" + mode + "' at 'retryMode'"
                    + " failed to satisfy constraint: Member must satisfy enum value set: [FAILED_ACTIONS, ALL_ACTIONS]");
        }
        known(pipeline, id, "ValidationException");
        PipelineControl control = project.control();
        BackgroundPlay.start("codestages-api-" + id, () -> control.retry(id, stage, mode.equals("ALL_ACTIONS")),
                () -> project.store().load(id).status() == Status.IN_PROGRESS, "ValidationException");
        return object("pipelineExecutionId", id);
    }

    /** pipelines-stop.html: stop and wait, or stop and abandon; answers once the player took the stop up. */
    private Object stop(ApiInput input) throws AwsApiError {
        Pipeline pipeline = served(input.required("pipelineName"));
        String id = input.required("pipelineExecutionId");
        known(pipeline, id, "ValidationException");
        try {
            project.control().stop(id, input.flag("abandon"), input.text("reason"));
        } catch (IOException e) {
            throw AwsApiError.refused(e, "ValidationException");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwsApiError("InternalFailure", "interrupted", 500);
        }
        return object("pipelineExecutionId", id);
    }

    /** transitions.html: executions that reach a stage whose inbound transition is disabled wait in front of it. */
    private Object disableTransition(ApiInput input) throws AwsApiError {
        Pipeline pipeline = served(input.required("pipelineName"));
        String stage = declaredStage(pipeline, input.required("stageName"));
        inbound(input);
        try {
            project.reader().disableTransition(pipeline, stage, input.required("reason"));
        } catch (IOException | IllegalArgumentException e) {
            throw AwsApiError.refused(e, "ValidationException");
        }
        return object();
    }

    /** Enabling lets the executions waiting in front of the stage in; they play on a thread of their own. */
    private Object enableTransition(ApiInput input) throws AwsApiError {
        Pipeline pipeline = served(input.required("pipelineName"));
        String stage = declaredStage(pipeline, input.required("stageName"));
        inbound(input);
        PipelineControl control = project.control();
        BackgroundPlay.start("codestages-api-transition", () -> control.enableTransition(pipeline, stage),
                () -> {
                    StageTransitions.Transition now = control.transitions(pipeline).get(stage);
                    return now == null || now.enabled();
                }, "ValidationException");
        return object();
    }

    /** The engine keeps inbound transitions, the ones the console and the CLI show. */
    private static void inbound(ApiInput input) throws AwsApiError {
        String type = input.required("transitionType");
        if (!type.equals("Inbound")) {
            throw new AwsApiError("ValidationException", "the local engine disables and enables Inbound transitions"
                    + " only, not " + type + "; use the next stage's Inbound transition");
        }
    }

    private Map<String, StageTransitions.Transition> transitions(Pipeline pipeline) throws AwsApiError {
        try {
            return project.reader().transitions(pipeline);
        } catch (IOException e) {
            throw new AwsApiError("InternalFailure", "cannot read the stage transitions: " + e.getMessage(), 500);
        }
    }

    private static String declaredStage(Pipeline pipeline, String stage) throws AwsApiError {
        if (pipeline.stages().stream().noneMatch(s -> text(s.name()).equals(stage))) {
            throw new AwsApiError("StageNotFoundException", "Stage " + stage + " not found in pipeline "
                    + ApiProject.name(pipeline));
        }
        return stage;
    }

    /** Execution {@code id} of {@code pipeline}; an unknown one answers {@code errorType}. */
    private void known(Pipeline pipeline, String id, String errorType) throws AwsApiError {
        try {
            execution(pipeline, id);
        } catch (AwsApiError e) {
            throw new AwsApiError(errorType, e.getMessage());
        }
    }

    private boolean decided(String id, String step) throws IOException {
        ActionState state = project.store().load(id).action(step).orElse(null);
        return state != null && state.approval() != null && state.approval().decision() != null;
    }

    private PipelineStateView view(Pipeline pipeline) {
        return new PipelineStateView(pipeline, ApiProject.name(pipeline));
    }

    /** The project's pipeline when it is called {@code name}. */
    Pipeline served(String name) throws AwsApiError {
        Pipeline pipeline = pipeline();
        if (!ApiProject.name(pipeline).equals(name)) {
            throw new AwsApiError("PipelineNotFoundException", "Account '" + LocalAccount.ACCOUNT_ID
                    + "' does not have a pipeline with name '" + name + "'");
        }
        return pipeline;
    }

    private Pipeline pipeline() throws AwsApiError {
        try {
            return project.pipeline();
        } catch (IOException e) {
            throw new AwsApiError("ValidationException", "the pipeline definition cannot be read: " + e.getMessage());
        }
    }

    /** The executions of {@code pipeline} in the store, newest first. */
    List<ExecutionState> executions(Pipeline pipeline) throws AwsApiError {
        String name = ApiProject.name(pipeline);
        return StoredExecutions.all(project).stream().filter(e -> name.equals(e.pipelineName())).toList();
    }

    ExecutionState execution(Pipeline pipeline, String id) throws AwsApiError {
        String name = ApiProject.name(pipeline);
        ExecutionState execution = null;
        if (ExecutionStore.isId(id)) {
            try {
                execution = project.store().load(id);
            } catch (IOException e) {
                execution = null;
            }
        }
        if (execution == null || !name.equals(execution.pipelineName())) {
            throw new AwsApiError("PipelineExecutionNotFoundException", "Pipeline execution with id '" + id
                    + "' does not exist in pipeline with name '" + name + "'");
        }
        return execution;
    }

    static String pipelineArn(String name) {
        return LocalAccount.arn("codepipeline", name);
    }
}
