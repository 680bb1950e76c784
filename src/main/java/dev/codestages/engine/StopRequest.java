package dev.codestages.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.codestages.report.ReportFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A stop asked for an execution, as StopPipelineExecution takes it: abandon or not, and the reason
 * (https://docs.aws.amazon.com/codepipeline/latest/userguide/pipelines-stop.html). It travels as a file in
 * the execution's folder, so a {@code codestages stop} in another process reaches the engine that plays
 * the execution: that engine watches the file.
 */
record StopRequest(boolean abandon, String reason) {

    private static final JsonFactory JSON = new JsonFactory();

    /** Writes the request, atomically. */
    void write(Path file) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeBooleanField("abandon", abandon);
            json.writeStringField("reason", reason);
            json.writeEndObject();
        }
        ReportFiles.writeAtomically(file, out + "\n");
    }

    /** The request in {@code file}, or null when there is none (or it cannot be read yet). */
    static StopRequest read(Path file) {
        try {
            Map<String, Object> root = JsonTree.object(JsonTree.parse(Files.readString(file, StandardCharsets.UTF_8)));
            return new StopRequest(Boolean.TRUE.equals(root.get("abandon")), JsonTree.text(root.get("reason")));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** What the record's statusSummary says about the stop. */
    String summary() {
        return (abandon ? "Stopped and abandoned" : "Stopped") + (reason == null || reason.isBlank() ? "" : ": " + reason);
    }
}
