package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import java.util.Optional;

/** The {@code Properties} mapping of a Lambda function resource, as the Lambda rules read it. */
final class LambdaFunctionProperties {

    private LambdaFunctionProperties() {
    }

    /** The Properties mapping of a function, when there is one. */
    static Optional<YamlMapping> of(YamlEntry resource) {
        if (resource.value() instanceof YamlMapping spec
                && Appspec.valueOf(Appspec.field(spec, "Properties")) instanceof YamlMapping properties) {
            return Optional.of(properties);
        }
        return Optional.empty();
    }
}
