package dev.codestages.appspec;

import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.io.IOException;

/**
 * The parts a Lambda and an ECS AppSpec share, as the CodeDeploy service reads them: the one resource of the
 * {@code Resources} list and its {@code Properties}, and the {@code Hooks} list, event name to the function
 * that runs at it (reference-appspec-file-structure-resources.html and -hooks.html).
 */
final class ServiceHooks {

    private ServiceHooks() {
    }

    /** A copy of {@code hooks} that keeps the file order and cannot change. */
    static Map<String, String> copy(Map<String, String> hooks) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(hooks));
    }

    /** The event-to-function map of the {@code Hooks} list, in file order. */
    static Map<String, String> of(Appspec appspec) {
        Map<String, String> hooks = new LinkedHashMap<>();
        for (YamlEntry hook : appspec.hookFunctions()) {
            if (hook.value() instanceof YamlScalar scalar && !scalar.isNull()) {
                hooks.put(hook.keyText(), scalar.value().strip());
            }
        }
        return hooks;
    }

    /** The {@code Properties} of the first resource whose {@code Type} is {@code type}. */
    static YamlMapping properties(Appspec appspec, String type) throws IOException {
        for (YamlEntry resource : appspec.resources()) {
            if (resource.value() instanceof YamlMapping spec
                    && Appspec.valueOf(Appspec.field(spec, "Type")) instanceof YamlScalar kind
                    && type.equals(kind.value())
                    && Appspec.valueOf(Appspec.field(spec, "Properties")) instanceof YamlMapping properties) {
                return properties;
            }
        }
        throw new IOException("the AppSpec has no resource of Type " + type);
    }

    /** A property's text, PascalCase or lower case as {@link Appspec#field} finds it; null when absent. */
    static String text(YamlMapping properties, String name) {
        return Appspec.valueOf(Appspec.field(properties, name)) instanceof YamlScalar scalar && !scalar.isNull()
                ? scalar.value().strip() : null;
    }
}
