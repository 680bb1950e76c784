package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The variables a buildspec's {@code env} section defines or exports, for the env rules. */
final class EnvVariables {

    /** The three maps of {@code env} that define a variable by name, in the order the reference lists them. */
    static final List<String> MAPS = List.of("variables", "parameter-store", "secrets-manager");

    /** An AWS access key id (long-term AKIA or temporary ASIA) anywhere in a text. */
    static final Pattern ACCESS_KEY_ID = Pattern.compile("(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])");

    private EnvVariables() {
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
    static Stream<Definition> in(Buildspec buildspec, String map) {
        return buildspec.env().flatMap(env -> env.mapping(map)).stream()
                .flatMap(m -> m.entries().stream())
                .filter(e -> e.key() instanceof YamlScalar)
                .map(e -> new Definition(map, e));
    }

    /** Every definition in the three maps, map by map. */
    static Stream<Definition> all(Buildspec buildspec) {
        return MAPS.stream().flatMap(map -> in(buildspec, map));
    }

    /** The names listed under {@code env.exported-variables}. */
    static List<YamlScalar> exported(Buildspec buildspec) {
        YamlNode node = buildspec.env().map(env -> env.get("exported-variables")).orElse(null);
        return node == null ? List.of() : Buildspec.stringItems(node);
    }

    /** True when {@code env.shell} names a Windows shell, whose variable syntax is not the POSIX one. */
    static boolean windowsShell(Buildspec buildspec) {
        return buildspec.env().flatMap(env -> env.scalar("shell"))
                .map(s -> Shells.program(s.value()))
                .filter(p -> p.equals("powershell") || p.equals("pwsh") || p.equals("cmd"))
                .isPresent();
    }
}
