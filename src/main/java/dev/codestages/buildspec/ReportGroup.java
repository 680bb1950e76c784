package dev.codestages.buildspec;

import dev.codestages.yaml.YamlScalar;

/**
 * One entry of {@code reports}: a report group name (or ARN), the files it takes (read as an artifact's
 * files are: {@code files}, {@code base-directory}, {@code discard-paths}) and its {@code file-format}.
 *
 * @param name       the group name or ARN as written
 * @param files      the files, selected as an artifact's
 * @param fileFormat the {@code file-format} value, or null for the default
 */
public record ReportGroup(String name, ArtifactDefinition files, YamlScalar fileFormat) {

    /** The reference's default when {@code file-format} is not given. */
    public static final String DEFAULT_FORMAT = "JUNITXML";

    /** The format in upper case (the reference accepts any case), or JUNITXML when none is written. */
    public String format() {
        return fileFormat == null ? DEFAULT_FORMAT : fileFormat.value().toUpperCase(java.util.Locale.ROOT);
    }
}
