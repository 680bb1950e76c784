package dev.codestages.pipeline;

import dev.codestages.yaml.Position;
import java.util.List;
import java.util.Optional;

/**
 * An {@code AWS::CodeBuild::Project} of the CloudFormation template a pipeline was read from: what a
 * CodeBuild action whose {@code ProjectName} names it runs with. Only what a local build plays is kept:
 * the buildspec of its source ({@code Source.BuildSpec}), its environment variables
 * ({@code Environment.EnvironmentVariables}) and its {@code TimeoutInMinutes}
 * (<a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codebuild-project.html">AWS::CodeBuild::Project</a>).
 *
 * @param logicalId            the resource's logical id, what {@code !Ref} names
 * @param name                 the {@code Name} property; absent when the stack names the project
 * @param buildSpec            {@code Source.BuildSpec}; absent when CodeBuild takes {@code buildspec.yml}
 * @param environmentVariables {@code Environment.EnvironmentVariables}, in file order
 * @param timeoutInMinutes     {@code TimeoutInMinutes}; absent for CodeBuild's default (60)
 * @param at                   where the resource starts
 */
public record BuildProject(String logicalId, Value name, Value buildSpec, List<EnvironmentVariable> environmentVariables,
                           Value timeoutInMinutes, Position at) {

    /** One entry of {@code Environment.EnvironmentVariables}; {@code type} absent means PLAINTEXT. */
    public record EnvironmentVariable(Value name, Value value, Value type) {
    }

    /** Where the buildspec of a project comes from (buildspec reference, "Buildspec file name and storage location"). */
    public enum BuildspecKind {
        /** No BuildSpec: {@code buildspec.yml} at the root of the primary source. */
        DEFAULT,
        /** The buildspec's text itself: a YAML (or pretty-printed JSON) text of more than one line. */
        INLINE,
        /** A file path relative to the primary source's root. */
        PATH,
        /** An S3 object ARN or {@code bucket/key}: stored in AWS, not in the source. */
        S3,
        /** A deploy-time value (an intrinsic the template does not fix). */
        DEPLOY_TIME
    }

    public BuildProject {
        environmentVariables = List.copyOf(environmentVariables);
    }

    /**
     * True when a CodeBuild action's {@code ProjectName} (as the pipeline model gives its text) names this
     * project: its literal {@code Name}, {@code !Ref} of its logical id (which gives the project's name), or
     * the logical id itself.
     */
    public boolean answersTo(String projectName) {
        return name.isLiteral() && name.text().equals(projectName) || projectName.equals("!Ref " + logicalId)
                || projectName.equals(logicalId);
    }

    /** How {@link #buildSpec} is to be read. */
    public BuildspecKind buildspecKind() {
        return kindOf(buildSpec);
    }

    /**
     * How a buildspec setting (a project's BuildSpec or an action's BuildspecOverride) is read: the
     * buildspec reference says it is either a path relative to CODEBUILD_SRC_DIR, an S3 object, or the
     * buildspec's text; CodeBuild treats a multi-line value as the text (the CDK's build-spec.ts notes a
     * one-line JSON is not taken as inline).
     */
    public static BuildspecKind kindOf(Value setting) {
        if (setting.isPresent() && !setting.isLiteral()) {
            return BuildspecKind.DEPLOY_TIME;
        }
        return kindOf(setting.isPresent() ? setting.text() : null);
    }

    /** How a buildspec setting given as plain text (null: not given) is read; see {@link #kindOf(Value)}. */
    public static BuildspecKind kindOf(String setting) {
        if (setting == null || setting.isBlank()) {
            return BuildspecKind.DEFAULT;
        }
        String text = setting.strip();
        if (text.contains("\n")) {
            return BuildspecKind.INLINE;
        }
        return text.startsWith("arn:aws:s3:::") || text.startsWith("arn:") ? BuildspecKind.S3 : BuildspecKind.PATH;
    }

    /** The timeout in minutes, when given as a whole number. */
    public Optional<Integer> timeoutMinutes() {
        if (!timeoutInMinutes.isLiteral()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(timeoutInMinutes.text().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
