package dev.codestages.appspec;

import dev.codestages.yaml.YamlMapping;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A Lambda AppSpec as the CodeDeploy service reads it for a deployment: the function ({@code Name}), the
 * {@code Alias} whose traffic moves, from {@code CurrentVersion} to {@code TargetVersion}, and the hook
 * functions of {@code BeforeAllowTraffic} and {@code AfterAllowTraffic}
 * (https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html,
 * reference-appspec-file-structure-hooks.html, "AppSpec 'hooks' section for an AWS Lambda deployment").
 *
 * @param hooks event name to hook function name, in file order
 */
public record LambdaAppspec(String function, String alias, String currentVersion, String targetVersion,
                            Map<String, String> hooks) {

    public static final String FUNCTION_TYPE = "AWS::Lambda::Function";

    public LambdaAppspec {
        hooks = ServiceHooks.copy(hooks);
    }

    /** Reads and checks the AppSpec of an unpacked revision (appspec.yml, .yaml or .json). */
    public static LambdaAppspec load(Path revision) throws IOException {
        return of(AppspecFile.readService(revision, Platform.LAMBDA));
    }

    /** The deployment's reading of an AppSpec the linter accepted for Lambda. */
    public static LambdaAppspec of(Appspec appspec) throws IOException {
        YamlMapping properties = ServiceHooks.properties(appspec, FUNCTION_TYPE);
        return new LambdaAppspec(ServiceHooks.text(properties, "Name"), ServiceHooks.text(properties, "Alias"),
                ServiceHooks.text(properties, "CurrentVersion"), ServiceHooks.text(properties, "TargetVersion"),
                ServiceHooks.of(appspec));
    }
}
