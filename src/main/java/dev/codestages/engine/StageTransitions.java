package dev.codestages.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.codestages.report.ReportFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The inbound stage transitions of the pipelines of one store, in {@code <store>/transitions.json}:
 * which are disabled, why and since when, as GetPipelineState's {@code inboundTransitionState}
 * ({@code enabled}, {@code disabledReason}, {@code lastChangedAt}). Transitions are enabled by default
 * (https://docs.aws.amazon.com/codepipeline/latest/userguide/transitions.html); the file is replaced
 * atomically under its own lock, so every reader sees a whole state.
 */
public final class StageTransitions {

    /** DisableStageTransition's {@code reason}: 1 to 300 characters of this pattern (API reference). */
    private static final Pattern REASON = Pattern.compile("[a-zA-Z0-9!@ ().*?\\-]+");

    /** One stage's inbound transition. */
    public record Transition(boolean enabled, String disabledReason, Instant lastChangedAt) {
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;

    public StageTransitions(Path storeDir) {
        this.file = storeDir.toAbsolutePath().normalize().resolve("transitions.json");
    }

    /**
     * Checks a reason as DisableStageTransition does.
     *
     * @throws IllegalArgumentException with AWS's validation message when it does not fit
     */
    public static void checkReason(String reason) {
        if (reason == null || reason.isEmpty() || reason.length() > 300 || !REASON.matcher(reason).matches()) {
            throw new IllegalArgumentException("1 validation error detected: Value '" + reason + "' at 'reason' failed"
                    + " to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9!@ \\(\\)\\.\\*\\?\\-]+"
                    + " and have a length of 1 to 300");
        }
    }

    /** The disabled inbound transition of {@code stage} in pipeline {@code pipeline}, if it is disabled. */
    public Optional<Transition> disabled(String pipeline, String stage) throws IOException {
        Transition transition = read().getOrDefault(pipeline, Map.of()).get(stage);
        return transition != null && !transition.enabled() ? Optional.of(transition) : Optional.empty();
    }

    /** Every transition of {@code pipeline} that was ever changed, by stage. */
    public Map<String, Transition> of(String pipeline) throws IOException {
        return Map.copyOf(read().getOrDefault(pipeline, Map.of()));
    }

    /** Records the inbound transition of {@code stage} as enabled or disabled. */
    void set(String pipeline, String stage, Transition transition) throws IOException {
        Files.createDirectories(file.getParent());
        try (ExecutionStore.Lock lock = ExecutionStore.Lock.take(file.resolveSibling(".transitions.lock"), true)) {
            Map<String, Map<String, Transition>> all = read();
            all.computeIfAbsent(pipeline, p -> new LinkedHashMap<>()).put(stage, transition);
            ReportFiles.writeAtomically(file, write(all));
        }
    }

    private Map<String, Map<String, Transition>> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return new LinkedHashMap<>();
        }
        Map<String, Object> root;
        try {
            root = JsonTree.object(JsonTree.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Map<String, Map<String, Transition>> all = new LinkedHashMap<>();
        JsonTree.object(root.get("pipelines")).forEach((pipeline, stages) -> {
            Map<String, Transition> transitions = new LinkedHashMap<>();
            JsonTree.object(stages).forEach((stage, value) -> {
                Map<String, Object> t = JsonTree.object(value);
                String changed = JsonTree.text(t.get("lastChangedAt"));
                transitions.put(stage, new Transition(!Boolean.FALSE.equals(t.get("enabled")),
                        JsonTree.text(t.get("disabledReason")), changed == null ? null : Instant.parse(changed)));
            });
            all.put(pipeline, transitions);
        });
        return all;
    }

    private static String write(Map<String, Map<String, Transition>> all) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeObjectFieldStart("pipelines");
            for (Map.Entry<String, Map<String, Transition>> pipeline : all.entrySet()) {
                json.writeObjectFieldStart(pipeline.getKey());
                for (Map.Entry<String, Transition> stage : pipeline.getValue().entrySet()) {
                    Transition t = stage.getValue();
                    json.writeObjectFieldStart(stage.getKey());
                    json.writeBooleanField("enabled", t.enabled());
                    json.writeStringField("disabledReason", t.disabledReason());
                    json.writeStringField("lastChangedAt", t.lastChangedAt() == null ? null
                            : ExecutionJson.TIME.format(t.lastChangedAt()));
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        return out + "\n";
    }
}
