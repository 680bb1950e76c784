package dev.codestages.pipeline;

import static dev.codestages.lint.Shape.any;
import static dev.codestages.lint.Shape.integer;
import static dev.codestages.lint.Shape.listOf;
import static dev.codestages.lint.Shape.mapOf;
import static dev.codestages.lint.Shape.mapping;
import static dev.codestages.lint.Shape.string;
import static dev.codestages.lint.Shape.strings;

import dev.codestages.lint.Shape;
import java.util.Set;

/**
 * The keys of a pipeline declaration as the CodePipeline API names them (camelCase), which are required,
 * and what each holds: the one table the readers check keys against (in the spelling of their format) and
 * {@code codestages schema pipeline} writes out. What a key's value means is the readers' business; this
 * table only says where a key may stand. Keys the readers take without looking inside (a stage's
 * conditions, triggers) hold {@link Shape.Any}. Source: the pipeline structure reference,
 * https://docs.aws.amazon.com/codepipeline/latest/userguide/reference-pipeline-structure.html.
 */
public final class PipelineShape {

    static final Shape.Mapping ACTION_TYPE = mapping()
            .required("category", string())
            .required("owner", string())
            .required("provider", string())
            .required("version", string())
            .build();

    static final Shape.Mapping INPUT_ARTIFACT = mapping().required("name", string()).build();

    static final Shape.Mapping OUTPUT_ARTIFACT = mapping().required("name", string()).key("files", strings()).build();

    static final Shape.Mapping ENVIRONMENT_VARIABLE = mapping()
            .required("name", string())
            .required("value", string())
            .key("type", string())
            .build();

    static final Shape.Mapping ACTION = mapping()
            .required("name", string())
            .required("actionTypeId", ACTION_TYPE)
            .key("runOrder", integer())
            .key("configuration", mapOf(string()))
            .key("inputArtifacts", listOf(INPUT_ARTIFACT))
            .key("outputArtifacts", listOf(OUTPUT_ARTIFACT))
            .key("roleArn", string())
            .key("region", string())
            .key("namespace", string())
            .key("timeoutInMinutes", integer())
            .key("commands", strings())
            .key("outputVariables", strings())
            .key("environmentVariables", listOf(ENVIRONMENT_VARIABLE))
            .build();

    static final Shape.Mapping STAGE = mapping()
            .required("name", string())
            .required("actions", listOf(ACTION))
            .key("blockers", any())
            .key("beforeEntry", any())
            .key("onSuccess", any())
            .key("onFailure", any())
            .build();

    static final Shape.Mapping ENCRYPTION_KEY = mapping().required("id", string()).required("type", string()).build();

    static final Shape.Mapping ARTIFACT_STORE = mapping()
            .required("type", string())
            .required("location", string())
            .key("encryptionKey", ENCRYPTION_KEY)
            .build();

    static final Shape.Mapping VARIABLE = mapping()
            .required("name", string())
            .key("defaultValue", string())
            .key("description", string())
            .build();

    /**
     * A pipeline declaration. One of {@code artifactStore} and {@code artifactStores} is needed, never both
     * (PL005, which a schema of keys cannot say); {@code artifactStores} maps a Region to a store.
     */
    public static final Shape.Mapping PIPELINE = mapping()
            .required("name", string())
            .required("roleArn", string())
            .key("artifactStore", ARTIFACT_STORE)
            .key("artifactStores", mapOf(ARTIFACT_STORE))
            .required("stages", listOf(STAGE))
            .key("version", integer())
            .key("executionMode", string())
            .key("pipelineType", string())
            .key("variables", listOf(VARIABLE))
            .key("triggers", any())
            .build();

    /**
     * The file {@code get-pipeline} prints and {@code create-pipeline --cli-input-json} takes: the declaration
     * under {@code pipeline}; {@code metadata} is get-pipeline's (PL034 warns about it), {@code tags} create-pipeline's.
     */
    public static final Shape.Mapping WRAPPED = mapping()
            .required("pipeline", PIPELINE)
            .key("metadata", any())
            .key("tags", any())
            .build();

    private PipelineShape() {
    }

    /** The keys of {@code shape}, in the API's camelCase. */
    static Set<String> keys(Shape.Mapping shape) {
        return shape.fields().keySet();
    }
}
