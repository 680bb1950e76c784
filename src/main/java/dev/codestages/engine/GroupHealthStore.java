package dev.codestages.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.codestages.codedeploy.FleetHealth;
import dev.codestages.codedeploy.InstanceHealth;
import dev.codestages.report.ReportFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps what CodeDeploy knows of each deployment group between executions ({@link FleetHealth}: the group's
 * last good revision, which an automatic rollback deploys again, and each instance's health, which decides
 * the deployment order) in {@code <store>/deployment-groups/<application>/<group>.json}, written atomically.
 */
final class GroupHealthStore {

    private static final JsonFactory JSON = new JsonFactory();

    private final Path folder;

    GroupHealthStore(Path storeDir) {
        this.folder = storeDir.resolve("deployment-groups");
    }

    /** The group's health; {@link FleetHealth#none()} for a group never deployed to (or an unreadable file). */
    FleetHealth read(String application, String group) throws IOException {
        Path file = file(application, group);
        if (!Files.isRegularFile(file)) {
            return FleetHealth.none();
        }
        Map<String, Object> root = JsonTree.object(JsonTree.parse(Files.readString(file, StandardCharsets.UTF_8)));
        Map<String, InstanceHealth> instances = new LinkedHashMap<>();
        JsonTree.object(root.get("instances")).forEach((id, value) -> {
            Map<String, Object> instance = JsonTree.object(value);
            instances.put(id, new InstanceHealth(Boolean.TRUE.equals(instance.get("healthy")),
                    JsonTree.text(instance.get("revision"))));
        });
        return new FleetHealth(JsonTree.text(root.get("revision")), instances);
    }

    void write(String application, String group, FleetHealth health) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("revision", health.revision());
            json.writeObjectFieldStart("instances");
            for (Map.Entry<String, InstanceHealth> instance : new TreeMap<>(health.instances()).entrySet()) {
                json.writeObjectFieldStart(instance.getKey());
                json.writeBooleanField("healthy", instance.getValue().healthy());
                json.writeStringField("revision", instance.getValue().revision());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        Path file = file(application, group);
        Files.createDirectories(file.getParent());
        ReportFiles.writeAtomically(file, out + "\n");
    }

    private Path file(String application, String group) {
        return folder.resolve(ExecutionStore.safe(application)).resolve(ExecutionStore.safe(group) + ".json");
    }
}
