package dev.codestages.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.codestages.run.ArtifactZipPath;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The artifact of a source action with {@code OutputArtifactFormat: CODEBUILD_CLONE_REF}: not the files but
 * where they are, a git repository and the commit (and branch) to check out, which only a CodeBuild action
 * can use, by cloning it (https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference-CodeCommit.html,
 * "Full clone"). Kept in the artifact store as {@code <name>.git-ref.json} beside where the zip would be.
 */
record CloneReference(Path repository, String commit, String branch) {

    private static final String SUFFIX = ".git-ref.json";

    /** Writes the reference for artifact {@code name}; returns the file. */
    static Path write(Path artifactDir, String name, CloneReference reference) throws IOException {
        Path zip = ArtifactZipPath.of(artifactDir, name); // the name is checked as any artifact's
        Path file = zip.resolveSibling(name + SUFFIX);
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("repository", reference.repository().toString());
            json.writeStringField("commit", reference.commit());
            json.writeStringField("branch", reference.branch());
            json.writeEndObject();
        }
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        return file;
    }

    /** True when an artifact's file is a clone reference rather than a zip. */
    static boolean is(Path artifact) {
        return artifact != null && artifact.getFileName().toString().endsWith(SUFFIX);
    }

    static CloneReference read(Path file) throws IOException {
        Map<String, Object> root = JsonTree.object(JsonTree.parse(Files.readString(file, StandardCharsets.UTF_8)));
        String repository = JsonTree.text(root.get("repository"));
        String commit = JsonTree.text(root.get("commit"));
        if (repository == null || commit == null) {
            throw new IOException(file + " is not a clone reference");
        }
        return new CloneReference(Path.of(repository), commit, JsonTree.text(root.get("branch")));
    }
}
