package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The variables a buildspec's {@code env} section defines or exports, for the env rules. */
final class EnvVariables {

    /** The three maps of {@code env} that define a variable by name, in the order the reference lists them. */
    static final List<String> MAPS = List.of("variables", "parameter-store", "secrets-manager");

    /** An AWS access key id (long-term AKIA or temporary ASIA) anywhere in a text. */
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])");

    private EnvVariables() {
    }

    /** True when {@code text} holds an AWS access key id; the regular expression only where one may start. */
    static boolean hasAccessKeyId(String text) {
        return (text.contains("AKIA") || text.contains("ASIA")) && ACCESS_KEY_ID.matcher(text).find();
    }

    /**
     * One variable defined in one of the {@link #MAPS}.
     *
     * @param map   "variables", "parameter-store" or "secrets-manager"
     * @param entry the name (a scalar key) and its value
     */
    record Definition(String map, YamlEntry entry) {

        YamlScalar key() {
            return (YamlScalar) entry.key();
        }

        String name() {
            return key().value();
        }

        /** Where it is defined, for messages: {@code env.variables}. */
        String where() {
            return "env." + map;
        }

        /** The value when it is a non-null scalar. */
        Optional<YamlScalar> value() {
            return entry.value() instanceof YamlScalar scalar && !scalar.isNull() ? Optional.of(scalar)
                    : Optional.empty();
        }
    }

    /** Every definition in {@code map}, in file order; entries whose key is not a scalar are left out. */
    static List<Definition> in(Buildspec buildspec, String map) {
        List<Definition> definitions = new ArrayList<>();
        addDefinitions(buildspec, map, definitions);
        return definitions;
    }

    /** Every definition in the three maps, map by map. */
    static List<Definition> all(Buildspec buildspec) {
        List<Definition> definitions = new ArrayList<>();
        for (String map : MAPS) {
            addDefinitions(buildspec, map, definitions);
        }
        return definitions;
    }

    private static void addDefinitions(Buildspec buildspec, String map, List<Definition> into) {
        if (buildspec.root().get("env") instanceof YamlMapping env && env.get(map) instanceof YamlMapping variables) {
            for (YamlEntry entry : variables.entries()) {
                if (entry.key() instanceof YamlScalar) {
                    into.add(new Definition(map, entry));
                }
            }
        }
    }

    /** The names listed under {@code env.exported-variables}. */
    static List<YamlScalar> exported(Buildspec buildspec) {
        return buildspec.root().get("env") instanceof YamlMapping env
                ? Buildspec.stringItems(env.get("exported-variables")) : List.of();
    }

    /** True when {@code env.shell} names a Windows shell, whose variable syntax is not the POSIX one. */
    static boolean windowsShell(Buildspec buildspec) {
        if (buildspec.root().get("env") instanceof YamlMapping env && env.get("shell") instanceof YamlScalar shell
                && !shell.isNull()) {
            String program = Shells.program(shell.value());
            return program.equals("powershell") || program.equals("pwsh") || program.equals("cmd");
        }
        return false;
    }
}
