package dev.codestages.buildspec;

import static dev.codestages.lint.Shape.bool;
import static dev.codestages.lint.Shape.listOf;
import static dev.codestages.lint.Shape.mapOf;
import static dev.codestages.lint.Shape.mapping;
import static dev.codestages.lint.Shape.integer;
import static dev.codestages.lint.Shape.scalar;
import static dev.codestages.lint.Shape.string;
import static dev.codestages.lint.Shape.strings;

import dev.codestages.lint.Shape;
import java.util.List;

/**
 * The structure of a buildspec, key by key, as the CodeBuild buildspec reference documents it
 * (https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html and the batch build
 * reference, .../batch-build-buildspec.html). Version 0.1 adds {@code environment_variables} and
 * {@code artifacts.type}; they are listed here and flagged by their own rule under 0.2.
 */
public final class BuildspecSchema {

    /** The phases in the order CodeBuild runs them, whatever their order in the file. */
    public static final List<String> PHASES = List.of("install", "pre_build", "build", "post_build");

    /** The buildspec versions CodeBuild knows. */
    public static final List<String> VERSIONS = List.of("0.1", "0.2");

    private static final Shape.Mapping PHASE = phase(false);
    private static final Shape.Mapping INSTALL_PHASE = phase(true);

    private static final Shape.Mapping ARTIFACT = artifact(false);

    private static final Shape.Mapping BATCH_ENV = mapping()
            .key("compute-type", string())
            .key("fleet", string())
            .key("image", string())
            .key("privileged-mode", bool())
            .key("type", string())
            .key("variables", mapOf(scalar()))
            .build();

    private static final Shape.Mapping BUILD_GRAPH_TASK = mapping()
            .required("identifier", string())
            .key("buildspec", string())
            .key("debug-session", bool())
            .key("depend-on", strings())
            .key("env", BATCH_ENV)
            .key("ignore-failure", bool())
            .build();

    private static final Shape.Mapping BUILD_LIST_TASK = mapping()
            .required("identifier", string())
            .key("buildspec", string())
            .key("debug-session", bool())
            .key("env", BATCH_ENV)
            .key("ignore-failure", bool())
            .build();

    public static final Shape.Mapping ROOT = mapping()
            .required("version", scalar())
            .key("run-as", string())
            .key("env", mapping()
                    .key("shell", string())
                    .key("variables", mapOf(scalar()))
                    .key("parameter-store", mapOf(string()))
                    .key("exported-variables", strings())
                    .key("secrets-manager", mapOf(string()))
                    .key("git-credential-helper", bool())
                    .build())
            .key("environment_variables", mapping()
                    .key("plaintext", mapOf(scalar()))
                    .build())
            .key("proxy", mapping()
                    .key("upload-artifacts", bool())
                    .key("logs", bool())
                    .build())
            .key("batch", mapping()
                    .key("fast-fail", bool())
                    .key("build-graph", listOf(BUILD_GRAPH_TASK))
                    .key("build-list", listOf(BUILD_LIST_TASK))
                    .key("build-matrix", mapping()
                            .key("static", mapping()
                                    .key("ignore-failure", bool())
                                    .key("env", mapping()
                                            .key("privileged-mode", bool())
                                            .key("type", string())
                                            .build())
                                    .build())
                            .key("dynamic", mapping()
                                    .key("buildspec", strings())
                                    .key("env", mapping()
                                            .key("compute-type", strings())
                                            .key("image", strings())
                                            .key("variables", mapOf(strings()))
                                            .build())
                                    .build())
                            .build())
                    .key("build-fanout", mapping()
                            .required("parallelism", integer())
                            .key("ignore-failure", bool())
                            .build())
                    .build())
            .required("phases", mapping()
                    .key("install", INSTALL_PHASE)
                    .key("pre_build", PHASE)
                    .key("build", PHASE)
                    .key("post_build", PHASE)
                    .build())
            .key("reports", mapOf(mapping()
                    .required("files", strings())
                    .key("base-directory", string())
                    .key("discard-paths", bool())
                    .key("file-format", string())
                    .build()))
            .key("artifacts", artifact(true))
            .key("cache", mapping()
                    .key("key", string())
                    .key("fallback-keys", strings())
                    .key("action", string())
                    .key("paths", strings())
                    .build())
            .build();

    private BuildspecSchema() {
    }

    private static Shape.Mapping phase(boolean install) {
        Shape.MappingBuilder phase = mapping()
                .key("run-as", string())
                .key("on-failure", string());
        if (install) {
            phase.key("runtime-versions", mapOf(scalar()));
        }
        return phase
                .key("commands", strings())
                .key("finally", strings())
                .build();
    }

    private static Shape.Mapping artifact(boolean primary) {
        Shape.MappingBuilder artifact = mapping()
                .required("files", strings())
                .key("name", string())
                .key("discard-paths", bool())
                .key("base-directory", string())
                .key("exclude-paths", strings())
                .key("enable-symlinks", bool())
                .key("s3-prefix", string());
        if (primary) {
            artifact.key("secondary-artifacts", mapOf(ARTIFACT)).key("type", string());
        }
        return artifact.build();
    }

}
