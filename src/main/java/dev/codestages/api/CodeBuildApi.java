package dev.codestages.api;

import static dev.codestages.api.ApiJsonWriter.object;
import static dev.codestages.api.PipelineDeclarationView.text;

import dev.codestages.engine.ActionState;
import dev.codestages.engine.ExecutionState;
import dev.codestages.engine.StageState;
import dev.codestages.pipeline.Status;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.Stage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * CodeBuild's operations (target prefix {@code CodeBuild_20161006}) over the builds the engine's CodeBuild
 * actions recorded: the projects the pipeline's CodeBuild actions name, their builds newest first, and each
 * build with its status, phases, source version and exported variables. A build's id is
 * {@code PROJECT:UUID}, as CodeBuild writes build ids; its initiator {@code codepipeline/PIPELINE}, as for a
 * build a pipeline started.
 */
final class CodeBuildApi extends AwsService {

    /** BatchGetBuilds takes at most 100 ids (its API reference). */
    private static final int MAX_IDS = 100;

    /** One recorded build. */
    private record Recorded(String id, String project, ExecutionState execution, ActionState action) {
    }

    private final ApiProject project;

    CodeBuildApi(ApiProject project) {
        super("CodeBuild_20161006", "codebuild");
        this.project = project;
    }

    /** The CodeBuild project an action runs: its ProjectName, or the engine's fallback name. */
    static String projectName(Action action, String pipelineName) {
        return action.configuration().asMap().getOrDefault("ProjectName", pipelineName + "-build");
    }

    @Override
    Object call(String operation, ApiInput input) throws AwsApiError {
        switch (operation) {
            case "ListProjects": {
                List<Object> names = new ArrayList<>(projects(recorded()));
                if ("DESCENDING".equals(input.text("sortOrder"))) {
                    Collections.reverse(names);
                }
                return object("projects", names);
            }
            case "ListBuildsForProject":
                return listBuilds(input);
            case "BatchGetBuilds":
                return batchGetBuilds(input);
            default:
                throw unknown(operation);
        }
    }

    private Object listBuilds(ApiInput input) throws AwsApiError {
        String name = input.text("projectName");
        if (name == null || name.isEmpty()) {
            throw new AwsApiError("InvalidInputException", "Project name is required");
        }
        List<Recorded> builds = recorded();
        if (!projects(builds).contains(name)) {
            throw new AwsApiError("ResourceNotFoundException", "The provided project name " + name + " was not found");
        }
        List<Object> ids = new ArrayList<>(builds.stream().filter(b -> b.project().equals(name)).map(b -> (Object) b.id())
                .toList());
        if ("ASCENDING".equals(input.text("sortOrder"))) {
            Collections.reverse(ids);
        }
        return object("ids", ids);
    }

    private Object batchGetBuilds(ApiInput input) throws AwsApiError {
        List<Object> ids = input.list("ids");
        if (ids.isEmpty() || ids.size() > MAX_IDS) {
            throw new AwsApiError("InvalidInputException", "1 to " + MAX_IDS + " build ids are needed, got " + ids.size());
        }
        List<Recorded> all = recorded();
        List<Object> builds = new ArrayList<>();
        List<Object> notFound = new ArrayList<>();
        for (Object id : ids) {
            Recorded build = all.stream().filter(b -> b.id().equals(id)).findFirst().orElse(null);
            if (build == null) {
                notFound.add(id);
            } else {
                builds.add(build(build));
            }
        }
        return object("builds", builds, "buildsNotFound", notFound);
    }

    private static Map<String, Object> build(Recorded build) {
        ActionState action = build.action();
        List<Object> phases = new ArrayList<>();
        for (ActionState.Phase phase : action.phases() == null ? List.<ActionState.Phase>of() : action.phases()) {
            if (!"Skipped".equals(phase.status())) {
                // a phase that never ran does not appear in CodeBuild's phase list
                phases.add(object("phaseType", phase.name().toUpperCase(Locale.ROOT),
                        "phaseStatus", phase.status().toUpperCase(Locale.ROOT),
                        "durationInSeconds", phase.durationMs() / 1000));
            }
        }
        List<Object> exported = new ArrayList<>();
        action.outputVariables().forEach((name, value) -> exported.add(object("name", name, "value", value)));
        String source = build.execution().sourceVersion().isEmpty() ? null : build.execution().sourceVersion();
        boolean complete = action.status() != Status.IN_PROGRESS;
        return object("id", build.id(), "arn", LocalAccount.arn("codebuild", "build/" + build.id()),
                "startTime", action.startTime(), "endTime", complete ? action.endTime() : null,
                "currentPhase", complete ? "COMPLETED" : null, "buildStatus", buildStatus(action.status()),
                "sourceVersion", source, "resolvedSourceVersion", source, "projectName", build.project(),
                "phases", phases, "source", object("type", "CODEPIPELINE"),
                "buildComplete", complete, "initiator", "codepipeline/" + build.execution().pipelineName(),
                "exportedEnvironmentVariables", exported);
    }

    private static String buildStatus(Status status) {
        return switch (status) {
            case SUCCEEDED -> "SUCCEEDED";
            case IN_PROGRESS -> "IN_PROGRESS";
            case STOPPED, ABANDONED -> "STOPPED";
            default -> "FAILED";
        };
    }

    /** The projects of the pipeline's CodeBuild actions and of the recorded builds, sorted by name. */
    private TreeSet<String> projects(List<Recorded> builds) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Pipeline pipeline = project.pipeline();
            for (Action action : pipeline.actions()) {
                if (text(action.provider()).equals("CodeBuild")) {
                    names.add(projectName(action, ApiProject.name(pipeline)));
                }
            }
        } catch (IOException e) {
            // an unreadable definition still leaves the recorded builds to show
        }
        builds.forEach(build -> names.add(build.project()));
        return names;
    }

    /** Every build the store recorded, newest first. */
    private List<Recorded> recorded() throws AwsApiError {
        StoredExecutions stored = new StoredExecutions();
        List<Recorded> all = new ArrayList<>();
        for (ExecutionState execution : StoredExecutions.all(project)) {
            Pipeline pipeline = stored.pipelineOf(execution);
            if (pipeline == null) {
                continue;
            }
            List<Recorded> ofExecution = new ArrayList<>();
            for (Stage stage : pipeline.stages()) {
                StageState stageState = execution.stage(text(stage.name()));
                for (Action action : stage.actions()) {
                    ActionState state = stageState == null ? null : stageState.action(text(action.name()));
                    if (state != null && state.status() != null && text(action.provider()).equals("CodeBuild")) {
                        String name = projectName(action, execution.pipelineName());
                        ofExecution.add(new Recorded(ExternalIds.buildId(name, execution.executionId(), stageState.name(),
                                state), name, execution, state));
                    }
                }
            }
            Collections.reverse(ofExecution);
            all.addAll(ofExecution);
        }
        return all;
    }
}
