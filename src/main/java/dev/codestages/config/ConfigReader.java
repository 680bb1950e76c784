package dev.codestages.config;

import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.Rule;
import dev.codestages.lint.Rules;
import dev.codestages.yaml.LoadedYaml;
import dev.codestages.yaml.Position;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlIssue;
import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlProblem;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code .codestages.yml} into a {@link ProjectConfig}. Every mistake, a YAML syntax error, an
 * unknown key, a rule id no rule has, a value that is not one of the choices, is collected with its line
 * and column and thrown together in a {@link ConfigException}: a misspelt setting must not be ignored,
 * or the user believes a rule is off that is not. The keys are documented in docs/cli.md.
 */
public final class ConfigReader {

    static final List<String> KEYS = List.of("rules", "ignore", "overrides", "fail-on", "platform", "bundle",
            "placeholders");
    private static final List<String> OVERRIDE_KEYS = List.of("files", "rules");
    private static final List<String> RULE_SETTINGS = List.of("off", "on", "error", "warning", "info");
    private static final List<String> FAIL_ON = List.of("error", "warning", "info", "never");
    private static final List<String> PLATFORMS = List.of("ec2", "lambda", "ecs");
    private static final List<String> PLACEHOLDERS = List.of("error", "warning", "ignore");

    private final String display;
    private final List<String> problems = new ArrayList<>();

    private ConfigReader(String display) {
        this.display = display;
    }

    /**
     * The configuration in {@code file}, named {@code display} in messages.
     *
     * @throws IOException     when the file cannot be read
     * @throws ConfigException when it holds any mistake
     */
    public static ProjectConfig read(Path file, String display) throws IOException, ConfigException {
        return new ConfigReader(display).read(file, new YamlLoader().load(file));
    }

    private ProjectConfig read(Path file, LoadedYaml yaml) throws ConfigException {
        for (YamlProblem problem : yaml.problems()) {
            if (problem.issue() != YamlIssue.EMPTY_FILE && problem.issue() != YamlIssue.CRLF_LINE_ENDINGS
                    && problem.issue() != YamlIssue.BYTE_ORDER_MARK) {
                report(problem.at(), problem.message());
            }
        }
        Map<String, String> rules = Map.of();
        List<String> ignore = List.of();
        List<ProjectConfig.Override> overrides = new ArrayList<>();
        String failOn = null;
        String platform = null;
        Path bundle = null;
        String placeholders = null;
        Path folder = file.toAbsolutePath().normalize().getParent();
        YamlNode root = yaml.root();
        if (root != null && !(root instanceof YamlScalar scalar && scalar.isNull())) {
            if (!(root instanceof YamlMapping mapping)) {
                report(root.start(), "the configuration must be a mapping of settings such as 'rules:'");
            } else {
                for (YamlEntry entry : mapping.entries()) {
                    String key = entry.keyText();
                    YamlNode value = entry.value();
                    if (value instanceof YamlScalar empty && empty.isNull()) {
                        continue; // a key whose settings are all commented out, as in the example init writes
                    }
                    switch (key) {
                        case "rules" -> rules = ruleSettings(value);
                        case "ignore" -> ignore = globs(value, key);
                        case "overrides" -> overrides = overrides(value);
                        case "fail-on" -> failOn = choice(value, key, FAIL_ON);
                        case "platform" -> platform = choice(value, key, PLATFORMS);
                        case "bundle" -> {
                            String text = text(value, key);
                            bundle = text == null ? null : folder.resolve(text).normalize();
                        }
                        case "placeholders" -> placeholders = choice(value, key, PLACEHOLDERS);
                        default -> unknownKey(entry, KEYS);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new ProjectConfig(folder, rules, ignore, overrides, failOn, platform, bundle, placeholders);
    }

    private Map<String, String> ruleSettings(YamlNode value) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (!(value instanceof YamlMapping mapping)) {
            report(value.start(), "'rules' must be a mapping of rule ids to off, on, error, warning or info"
                    + " (such as 'BS007: off')");
            return settings;
        }
        List<String> ids = Rules.all().stream().map(Rule::id).toList();
        for (YamlEntry entry : mapping.entries()) {
            String id = entry.keyText().toUpperCase(Locale.ROOT);
            if (Rules.byId(id).isEmpty()) {
                String hint = DidYouMean.hint(id, ids);
                report(entry.key().start(), "no rule '" + entry.keyText() + "'" + (hint == null ? "" : "; " + hint)
                        + " ('codestages rules' lists them)");
                continue;
            }
            String setting = choice(entry.value(), entry.keyText(), RULE_SETTINGS);
            if (setting != null) {
                settings.put(id, setting);
            }
        }
        return settings;
    }

    private List<ProjectConfig.Override> overrides(YamlNode value) {
        List<ProjectConfig.Override> overrides = new ArrayList<>();
        if (!(value instanceof YamlSequence sequence)) {
            report(value.start(), "'overrides' must be a list of '{files: [globs], rules: {...}}' entries");
            return overrides;
        }
        for (YamlNode item : sequence.items()) {
            if (!(item instanceof YamlMapping mapping)) {
                report(item.start(), "an override must be a mapping with 'files' and 'rules'");
                continue;
            }
            List<String> files = null;
            Map<String, String> rules = Map.of();
            for (YamlEntry entry : mapping.entries()) {
                switch (entry.keyText()) {
                    case "files" -> files = globs(entry.value(), "files");
                    case "rules" -> rules = ruleSettings(entry.value());
                    default -> unknownKey(entry, OVERRIDE_KEYS);
                }
            }
            if (files == null) {
                report(mapping.start(), "an override needs 'files', the globs of the paths it applies to");
            } else {
                overrides.add(new ProjectConfig.Override(files, rules));
            }
        }
        return overrides;
    }

    private List<String> globs(YamlNode value, String key) {
        List<String> globs = new ArrayList<>();
        List<YamlNode> items = value instanceof YamlSequence sequence ? sequence.items() : List.of(value);
        for (YamlNode item : items) {
            String glob = text(item, key);
            if (glob != null) {
                String problem = PathGlobs.problem(glob);
                if (problem != null) {
                    report(item.start(), problem);
                } else {
                    globs.add(glob);
                }
            }
        }
        return globs;
    }

    private String choice(YamlNode value, String key, List<String> choices) {
        String text = text(value, key);
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!choices.contains(lower)) {
            report(value.start(), "'" + key + "' is '" + text + "'; expected " + String.join(", ", choices));
            return null;
        }
        return lower;
    }

    private String text(YamlNode value, String key) {
        if (value instanceof YamlScalar scalar && !scalar.isNull() && !scalar.value().isEmpty()) {
            return scalar.value();
        }
        report(value.start(), "'" + key + "' needs a single value, not " + value.describe());
        return null;
    }

    private void unknownKey(YamlEntry entry, List<String> known) {
        String hint = DidYouMean.hint(entry.keyText(), known);
        report(entry.key().start(), "unknown key '" + entry.keyText() + "'"
                + (hint == null ? "; expected one of: " + String.join(", ", known) : "; " + hint));
    }

    private void report(Position at, String message) {
        problems.add(display + ":" + at.line() + ":" + at.column() + ": " + message);
    }
}
