package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.Platform;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the ECS service definitions of an AppSpec for the ECS rules. */
final class EcsService {

    private EcsService() {
    }

    /** The resources of an ECS AppSpec (none for other platforms). */
    static List<YamlEntry> services(Appspec appspec) {
        return appspec.platform() == Platform.ECS ? appspec.resources() : List.of();
    }

    /** The Properties mapping of a service, when there is one. */
    static Optional<YamlMapping> properties(YamlEntry service) {
        if (service.value() instanceof YamlMapping spec && spec.get("Properties") instanceof YamlMapping properties) {
            return Optional.of(properties);
        }
        return Optional.empty();
    }

    /** The Properties of every service. */
    static List<YamlMapping> allProperties(Appspec appspec) {
        List<YamlMapping> all = new ArrayList<>();
        for (YamlEntry service : services(appspec)) {
            Optional<YamlMapping> properties = properties(service);
            if (properties.isPresent()) {
                all.add(properties.get());
            }
        }
        return all;
    }
}
