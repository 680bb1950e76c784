package dev.codestages.buildspec.rules;

import dev.codestages.lint.DidYouMean;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts about {@code runtime-versions}: the runtime names CodeBuild images have ever offered, the
 * names people write instead, and the forms of a version. Sources: the images' {@code runtimes.yml}
 * in https://github.com/aws/aws-codebuild-docker-images (HEAD 1590e48, 2026-04-09), the runtime
 * versions page https://docs.aws.amazon.com/codebuild/latest/userguide/runtime-versions.html and its
 * custom-runtime section.
 */
final class RuntimeCatalog {

    /** Every runtime name that any CodeBuild image has offered. */
    static final List<String> NAMES = List.of("android", "docker", "dotnet", "golang", "java", "nodejs", "php",
            "python", "ruby", "rust");

    /** Other names for a runtime, with the name CodeBuild uses. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("node", "nodejs"), Map.entry("node.js", "nodejs"), Map.entry("nodejs-lts", "nodejs"),
            Map.entry("go", "golang"), Map.entry("python3", "python"), Map.entry("python2", "python"),
            Map.entry("py", "python"), Map.entry("dotnet-core", "dotnet"), Map.entry("dotnetcore", "dotnet"),
            Map.entry(".net", "dotnet"), Map.entry("net", "dotnet"), Map.entry("jdk", "java"),
            Map.entry("openjdk", "java"), Map.entry("corretto", "java"), Map.entry("jre", "java"),
            Map.entry("rustc", "rust"), Map.entry("cargo", "rust"));

    /** Tools that are not runtimes in any image: they are installed with commands. */
    private static final Set<String> TOOLS = Set.of("terraform", "maven", "mvn", "gradle", "aws", "awscli",
            "aws-cli", "kubectl", "helm", "sam", "cdk", "npm", "yarn", "pnpm", "pip", "docker-compose", "jq",
            "packer", "ansible", "hugo", "flutter", "dart", "swift", "kotlin", "scala", "sbt", "elixir", "erlang",
            "perl", "deno", "bun", "gcc", "cmake", "make", "chrome", "firefox", "serverless", "angular", "ng");

    /** A runtime name with a version glued on: 'nodejs18', 'python3.11', 'java-17'. */
    private static final Pattern NAME_WITH_VERSION = Pattern.compile("([a-z.]+?)[-_]?(\\d[\\d.]*)");

    /** A version taken from an environment variable: "$MY_RUBY_VAR" or "${MY_RUBY_VAR}". */
    static final Pattern VARIABLE = Pattern.compile("\\$(\\{[A-Za-z_][A-Za-z0-9_]*}|[A-Za-z_][A-Za-z0-9_]*)");

    private static final Pattern JAVA_VERSION = Pattern.compile("(?:corretto|openjdk)?(\\d{1,3})(?:\\.x)?");
    private static final Pattern OPENJDK = Pattern.compile("openjdk\\d+(\\.x)?");

    private RuntimeCatalog() {
    }

    static boolean isKnown(String name) {
        return NAMES.contains(name);
    }

    /** The runtime someone most likely meant by an unknown name, or null. */
    static String meant(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (NAMES.contains(lower)) {
            return lower;
        }
        if (ALIASES.containsKey(lower)) {
            return ALIASES.get(lower);
        }
        Matcher glued = NAME_WITH_VERSION.matcher(lower);
        if (glued.matches()) {
            String base = glued.group(1);
            if (NAMES.contains(base)) {
                return base;
            }
            if (ALIASES.containsKey(base)) {
                return ALIASES.get(base);
            }
        }
        return DidYouMean.suggest(name, NAMES);
    }

    /** The version glued onto a runtime name ('18' in 'nodejs18'), or null. Aliases such as 'python3' have none. */
    static String gluedVersion(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (ALIASES.containsKey(lower)) {
            return null;
        }
        Matcher glued = NAME_WITH_VERSION.matcher(lower);
        return glued.matches() && (NAMES.contains(glued.group(1)) || ALIASES.containsKey(glued.group(1)))
                ? glued.group(2) : null;
    }

    /** True for a tool that people list as a runtime but that is installed with commands. */
    static boolean isTool(String name) {
        return TOOLS.contains(name.toLowerCase(Locale.ROOT));
    }

    static boolean isVariable(String version) {
        return VARIABLE.matcher(version).matches();
    }

    /** The Java major version in 'corretto17', 'openjdk11', '17' or '17.x', or -1. */
    static int javaMajor(String version) {
        Matcher m = JAVA_VERSION.matcher(version);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Java versions of the retired Ubuntu standard 2.0 and 3.0 images. */
    static boolean isOpenJdk(String version) {
        return OPENJDK.matcher(version).matches();
    }

    /** The Java version that conflicts with an android runtime in the same list, if any. */
    static Optional<YamlScalar> conflictingJava(YamlMapping runtimeVersions) {
        if (runtimeVersions.has("android") && runtimeVersions.get("java") instanceof YamlScalar java
                && !java.isNull()) {
            int major = javaMajor(java.value());
            if (major > 0 && major != 8) {
                return Optional.of(java);
            }
        }
        return Optional.empty();
    }
}
