package dev.codestages.api;

import static dev.codestages.api.ApiJsonWriter.object;

import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Artifact;
import dev.codestages.pipeline.ArtifactStore;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineVariable;
import dev.codestages.pipeline.Stage;
import dev.codestages.pipeline.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pipeline model as GetPipeline's {@code PipelineDeclaration} (botocore codepipeline 2015-07-09): stages,
 * actions with their {@code actionTypeId}, configuration, artifacts and namespace, the artifact store and the
 * pipeline-level variables, every value as the definition gives it. A definition without a role (the
 * folder's implicit pipeline) shows a role of the local account, since the shape requires one.
 */
final class PipelineDeclarationView {

    /** The declared mode, else CodePipeline's default (execution-modes.html: SUPERSEDED). */
    static String executionMode(Pipeline pipeline) {
        return pipeline.executionMode().isPresent() ? pipeline.executionMode().text() : "SUPERSEDED";
    }

    private PipelineDeclarationView() {
    }

    static Map<String, Object> declaration(Pipeline pipeline, String name) {
        List<Object> stages = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            List<Object> actions = new ArrayList<>();
            for (Action action : stage.actions()) {
                actions.add(action(action));
            }
            stages.add(object("name", text(stage.name()), "actions", actions));
        }
        String role = pipeline.roleArn().isPresent() ? pipeline.roleArn().text()
                : "arn:aws:iam::" + LocalAccount.ACCOUNT_ID + ":role/codestages-local";
        return object("name", name, "roleArn", role,
                "artifactStore", pipeline.artifactStores().size() == 1 ? store(pipeline.artifactStores().get(0)) : null,
                "stages", stages, "version", 1,
                "executionMode", executionMode(pipeline),
                "pipelineType", pipeline.pipelineType().isPresent() ? pipeline.pipelineType().text() : null,
                "variables", pipeline.variables().isEmpty() ? null : variables(pipeline.variables()));
    }

    /** The {@code actionTypeId} of an action. */
    static Map<String, Object> actionTypeId(Action action) {
        return object("category", text(action.category()), "owner", action.owner().isPresent() ? action.owner().text() : "AWS",
                "provider", text(action.provider()), "version", action.version().isPresent() ? action.version().text() : "1");
    }

    private static Map<String, Object> action(Action action) {
        return object("name", text(action.name()), "actionTypeId", actionTypeId(action),
                "runOrder", action.runOrderNumber(),
                "configuration", action.configuration().settings().isEmpty() ? null : action.configuration().asMap(),
                "outputArtifacts", artifacts(action.outputArtifacts()),
                "inputArtifacts", artifacts(action.inputArtifacts()),
                "roleArn", present(action.roleArn()), "region", present(action.region()),
                "namespace", present(action.namespace()),
                "timeoutInMinutes", number(action.timeoutInMinutes()));
    }

    private static List<Object> artifacts(List<Artifact> artifacts) {
        return artifacts.stream().filter(a -> a.name().isPresent()).map(a -> (Object) object("name", a.name().text())).toList();
    }

    private static Map<String, Object> store(ArtifactStore store) {
        return object("type", store.type().isPresent() ? store.type().text() : "S3",
                "location", text(store.location()),
                "encryptionKey", store.encryptionKey().isPresent()
                        ? object("id", store.encryptionKey().text(), "type", "KMS") : null);
    }

    private static List<Object> variables(List<PipelineVariable> variables) {
        return variables.stream().map(v -> (Object) object("name", text(v.name()),
                "defaultValue", present(v.defaultValue()), "description", present(v.description()))).toList();
    }

    private static Integer number(Value value) {
        if (!value.isLiteral()) {
            return null;
        }
        try {
            return Integer.valueOf(value.text().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String present(Value value) {
        return value.isPresent() ? value.text() : null;
    }

    static String text(Value value) {
        return value.isPresent() ? value.text() : "";
    }
}
