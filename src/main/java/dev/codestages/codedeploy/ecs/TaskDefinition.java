package dev.codestages.codedeploy.ecs;

import dev.codestages.yaml.LoadedYaml;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An Amazon ECS task definition as far as a local task set needs it: its family and, per container, the name,
 * image, command (entryPoint then command), environment and first container port. It reads both spellings AWS
 * uses: the register-task-definition JSON of a {@code taskdef.json} ({@code family}, {@code containerDefinitions},
 * {@code portMappings}) and the {@code Properties} of a template's {@code AWS::ECS::TaskDefinition}
 * ({@code Family}, {@code ContainerDefinitions}, {@code PortMappings})
 * (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html).
 */
public record TaskDefinition(String family, List<Container> containers) {

    /** One container definition. */
    public record Container(String name, String image, List<String> command, Map<String, String> environment,
                            int containerPort) {
        public Container {
            command = List.copyOf(command);
            environment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        }
    }

    public TaskDefinition {
        containers = List.copyOf(containers);
    }

    /** Reads a {@code taskdef.json} (or YAML) text. */
    public static TaskDefinition parse(String text, String file) throws IOException {
        LoadedYaml yaml = new YamlLoader().load(text.getBytes(StandardCharsets.UTF_8));
        if (!yaml.problems().isEmpty() || yaml.rootMapping() == null) {
            throw new IOException(file + " is not a task definition: "
                    + (yaml.problems().isEmpty() ? "its top level is not an object" : yaml.problems().get(0).message()));
        }
        return of(yaml.rootMapping(), file);
    }

    /** Reads a task definition mapping in either spelling. */
    public static TaskDefinition of(YamlMapping root, String file) throws IOException {
        List<Container> containers = new ArrayList<>();
        if (field(root, "containerDefinitions") instanceof YamlSequence definitions) {
            for (YamlNode item : definitions.items()) {
                if (item instanceof YamlMapping container) {
                    containers.add(container(container));
                }
            }
        }
        if (containers.isEmpty()) {
            throw new IOException(file + " has no containerDefinitions");
        }
        String family = text(field(root, "family"));
        return new TaskDefinition(family == null ? "local" : family, containers);
    }

    /**
     * The first {@code AWS::ECS::TaskDefinition} of a CloudFormation template: the task definition a service the
     * template creates starts with. Empty when {@code template} is null, not a template or has none.
     */
    public static Optional<TaskDefinition> inTemplate(Path template) throws IOException {
        YamlMapping root = template == null || !Files.isRegularFile(template) ? null
                : new YamlLoader().load(template).rootMapping();
        if (root != null && root.get("Resources") instanceof YamlMapping resources) {
            for (YamlEntry entry : resources.entries()) {
                if (entry.value() instanceof YamlMapping resource
                        && "AWS::ECS::TaskDefinition".equals(text(resource.get("Type")))
                        && resource.get("Properties") instanceof YamlMapping properties) {
                    return Optional.of(of(properties, template + ", resource '" + entry.keyText() + "'"));
                }
            }
        }
        return Optional.empty();
    }

    /** The container {@code name}. */
    public Optional<Container> container(String name) {
        return containers.stream().filter(c -> c.name() != null && c.name().equals(name)).findFirst();
    }

    private static Container container(YamlMapping container) {
        List<String> command = new ArrayList<>(strings(field(container, "entryPoint")));
        command.addAll(strings(field(container, "command")));
        Map<String, String> environment = new LinkedHashMap<>();
        if (field(container, "environment") instanceof YamlSequence variables) {
            for (YamlNode item : variables.items()) {
                if (item instanceof YamlMapping variable && text(field(variable, "name")) != null) {
                    String value = text(field(variable, "value"));
                    environment.put(text(field(variable, "name")), value == null ? "" : value);
                }
            }
        }
        int port = 0;
        if (field(container, "portMappings") instanceof YamlSequence mappings && !mappings.items().isEmpty()
                && mappings.items().get(0) instanceof YamlMapping mapping) {
            try {
                port = Integer.parseInt(String.valueOf(text(field(mapping, "containerPort"))));
            } catch (NumberFormatException e) {
                port = 0;
            }
        }
        return new Container(text(field(container, "name")), text(field(container, "image")), command, environment,
                port);
    }

    /** {@code name} as written in the JSON (camelCase) or in a template (PascalCase). */
    private static YamlNode field(YamlMapping mapping, String name) {
        if (mapping.has(name)) {
            return mapping.get(name);
        }
        String pascal = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        for (YamlEntry entry : mapping.entries()) {
            if (entry.keyText().equals(pascal)) {
                return entry.value();
            }
        }
        return null;
    }

    private static String text(YamlNode node) {
        return node instanceof YamlScalar scalar && !scalar.isNull() ? scalar.value() : null;
    }

    private static List<String> strings(YamlNode node) {
        List<String> values = new ArrayList<>();
        if (node instanceof YamlSequence sequence) {
            for (YamlNode item : sequence.items()) {
                if (text(item) != null) {
                    values.add(text(item));
                }
            }
        }
        return values;
    }
}
