package dev.codestages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON lint report the way a user reads it: each finding names a linted file, and its line and column
 * are inside that file (or just past its end). Lines split as the YAML loader counts them (NEL, LS and PS too);
 * columns count code points, as the parser does, so the bound here, in chars, is loose enough for an emoji.
 */
public final class FindingsInsideFiles {

    private FindingsInsideFiles() {
    }

    /** Asserts the bounds of every finding of {@code report}, whose file paths are relative to {@code base}. */
    public static void assertInsideTheirFiles(JsonNode report, Path base, String origin) throws IOException {
        Map<String, List<String>> lines = new HashMap<>();
        for (JsonNode file : report.get("files")) {
            String path = file.get("path").asText();
            String text = new String(Files.readAllBytes(base.resolve(path)), StandardCharsets.UTF_8);
            lines.put(path, List.of(text.split("\r\n|[\r\n\u0085\u2028\u2029]", -1)));
        }
        for (JsonNode finding : report.get("findings")) {
            String path = finding.get("file").asText();
            assertThat(lines).as("%s: finding %s names a linted file", origin, finding).containsKey(path);
            List<String> fileLines = lines.get(path);
            int line = finding.get("line").asInt();
            int column = finding.get("column").asInt();
            assertThat(line).as("%s: line of %s", origin, finding).isBetween(1, fileLines.size() + 1);
            int length = line <= fileLines.size() ? fileLines.get(line - 1).length() : 0;
            assertThat(column).as("%s: column of %s", origin, finding).isBetween(1, length + 2);
        }
    }
}
