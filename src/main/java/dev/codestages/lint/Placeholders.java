package dev.codestages.lint;

import dev.codestages.yaml.YamlScalar;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one recogniser of placeholders: values that a script or a templating tool fills in before AWS
 * sees the file ({@code <CONTAINER_PORT>}, {@code {{ version }}}, {@code &&TASK_DEF&&}, {@code %Name%},
 * {@code ${X}}, {@code __X__}, {@code X_PLACEHOLDER}, Terraform's {@code %{ if }}; a quoted blank {@code " "}
 * in a file that holds such placeholders too),
 * example values copied from the AWS documentation, and files that are templates rather than YAML.
 * Every check that asks "is this a placeholder?" asks here.
 */
public final class Placeholders {

    /** A placeholder found in a value: the text that gave it away and, for a doc example, the page. */
    public record Found(String text, String docSource) {

        public boolean fromAwsDocs() {
            return docSource != null;
        }
    }

    /** Markers of templating tools; each is text no AWS spec value needs. */
    private static final Pattern TEMPLATE = Pattern.compile(String.join("|",
            "<[A-Za-z][A-Za-z0-9_.-]*>",          // <CONTAINER_PORT>, <your-bucket>
            "\\{\\{.*?}}",                          // {{ current_version }} (Jinja, Handlebars, Helm)
            "\\{%.*?%}",                            // {% if %} (Jinja)
            "%\\{.*?}",                             // %{ if x } (Terraform directive)
            "&&[A-Za-z_][A-Za-z0-9_]*&&",           // &&TASK_DEF&&
            "%[A-Za-z_][A-Za-z0-9_]*%",             // %ServiceName%
            "\\$\\{[A-Za-z_][A-Za-z0-9_.:-]*}",     // ${X}
            "__[A-Za-z][A-Za-z0-9_]*__",            // __X__
            "(?i)[A-Za-z0-9_-]*placeholder[A-Za-z0-9_-]*")); // X_PLACEHOLDER

    /** Markers that make a file a template: text a YAML reader cannot read but a templating tool can. */
    private static final Pattern TEMPLATE_FILE =
            Pattern.compile("\\{\\{|\\{%|%\\{|<%|&&[A-Za-z_][A-Za-z0-9_]*&&"); // &&X&&: no YAML reads '&&'

    /** The sample AppSpecs of the CodeDeploy user guide (ECS and Lambda examples). */
    static final String APPSPEC_EXAMPLES =
            "https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-example.html";
    /** The ARN syntax of the IAM user guide, whose {@code account-id} is a placeholder. */
    static final String ARN_SYNTAX = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html";

    /** Whole values the AWS documentation uses as examples, with the page they are copied from. */
    private static final Map<String, String> DOC_VALUES = Map.ofEntries(
            Map.entry("SampleApplicationName", APPSPEC_EXAMPLES),
            Map.entry("subnet-1234abcd", APPSPEC_EXAMPLES),
            Map.entry("subnet-5678abcd", APPSPEC_EXAMPLES),
            Map.entry("sg-12345678", APPSPEC_EXAMPLES),
            Map.entry("myLambdaFunction", APPSPEC_EXAMPLES),
            Map.entry("myLambdaFunctionAlias", APPSPEC_EXAMPLES),
            Map.entry("LambdaFunctionToValidateBeforeInstall", APPSPEC_EXAMPLES),
            Map.entry("LambdaFunctionToValidateAfterInstall", APPSPEC_EXAMPLES),
            Map.entry("LambdaFunctionToValidateAfterTestTrafficStarts", APPSPEC_EXAMPLES),
            Map.entry("LambdaFunctionToValidateBeforeAllowingProductionTraffic", APPSPEC_EXAMPLES),
            Map.entry("LambdaFunctionToValidateAfterAllowingProductionTraffic", APPSPEC_EXAMPLES),
            Map.entry("LambdaFunctionToValidateBeforeTrafficShift", APPSPEC_EXAMPLES),
            Map.entry("LambdaFunctionToValidateAfterTrafficShift", APPSPEC_EXAMPLES));

    /** Parts of values the AWS documentation uses as examples (account ids, a task definition family). */
    private static final List<Map.Entry<Pattern, String>> DOC_PARTS = List.of(
            Map.entry(Pattern.compile("\\b111222333444\\b"), APPSPEC_EXAMPLES),
            Map.entry(Pattern.compile("my-task-definition-family-name"), APPSPEC_EXAMPLES),
            Map.entry(Pattern.compile("(?i):account-id:"), ARN_SYNTAX));

    /** Text every value that holds one of {@link #DOC_PARTS} holds: a plain look before the patterns. */
    private static final String ACCOUNT = "111222333444";
    private static final String FAMILY = "my-task-definition";
    private static final String ACCOUNT_ID = ":account-id:";

    /** No shorter value is or holds an example: most values are, and are then looked at no further. */
    private static final int SHORTEST_EXAMPLE = shortestExample();
    /** No longer value is one of {@link #DOC_VALUES}: a long command is not hashed for the look-up. */
    private static final int LONGEST_VALUE = longestValue();
    /** The first characters of {@link #DOC_VALUES}: a value that starts otherwise is not hashed either. */
    private static final String DOC_VALUE_STARTS = valueStarts();

    private Placeholders() {
    }

    private static String valueStarts() {
        StringBuilder starts = new StringBuilder();
        for (String value : DOC_VALUES.keySet()) {
            if (starts.indexOf(value.substring(0, 1)) < 0) {
                starts.append(value.charAt(0));
            }
        }
        return starts.toString();
    }

    private static int longestValue() {
        int longest = 0;
        for (String value : DOC_VALUES.keySet()) {
            longest = Math.max(longest, value.length());
        }
        return longest;
    }

    private static int shortestExample() {
        int shortest = Math.min(ACCOUNT.length(), Math.min(FAMILY.length(), ACCOUNT_ID.length()));
        for (String value : DOC_VALUES.keySet()) {
            shortest = Math.min(shortest, value.length());
        }
        return shortest;
    }

    /**
     * The placeholder in a value, or null. A template marker anywhere in the value counts (a script
     * rewrites the whole line). A {@code !Sub} value is CloudFormation's own substitution, not a
     * placeholder. An empty string is not one either: a script may fill it in, but AWS rejects an empty
     * value where the rules say so, and nothing in the file tells the two apart.
     */
    public static Found in(YamlScalar value, FileKind kind) {
        if ("!Sub".equals(value.explicitTag())) {
            return null;
        }
        Found doc = fromAwsDocs(value);
        if (doc != null) {
            return doc;
        }
        Matcher template = TEMPLATE.matcher(value.value());
        while (template.find()) {
            if (!isOwnSyntax(template.group(), kind)) {
                return new Found(template.group(), null);
            }
        }
        return null;
    }

    /**
     * The placeholder in a key, or null. Every template marker counts here, {@code ${X}} and {@code %X%}
     * too: in a key they are never the format's own syntax. CodeBuild hands commands to the shell, and
     * documents a variable in {@code runtime-versions} only as the version, never as the runtime's name
     * (https://docs.aws.amazon.com/codebuild/latest/userguide/runtime-versions.html); CloudFormation's
     * {@code Fn::Sub} substitutes in its string argument, never in a key. So a key such as
     * {@code "${RUNTIME_TYPE}"} is filled in by a templating tool (a Terraform {@code templatefile}) before
     * AWS sees the file, and cannot be a misspelt name.
     */
    public static Found inKey(YamlScalar key) {
        Matcher template = TEMPLATE.matcher(key.value());
        return template.find() ? new Found(template.group(), null) : null;
    }

    /**
     * True for a marker that is the format's own syntax: in a CloudFormation template '${X}' is
     * CloudFormation's (taken literally outside !Sub); in a buildspec '${X}' and '%X%' are how the shell
     * (Linux, Windows) reads a variable.
     */
    private static boolean isOwnSyntax(String marker, FileKind kind) {
        boolean variable = marker.startsWith("${");
        return kind == FileKind.PIPELINE && variable
                || kind == FileKind.BUILDSPEC && (variable || marker.startsWith("%") && marker.endsWith("%"));
    }

    /** An example value of the AWS documentation in this value, or null. */
    public static Found fromAwsDocs(YamlScalar value) {
        String text = value.value();
        if (text.length() < SHORTEST_EXAMPLE) {
            return null;
        }
        String page = text.length() <= LONGEST_VALUE && DOC_VALUE_STARTS.indexOf(text.charAt(0)) >= 0
                ? DOC_VALUES.get(text) : null;
        if (page != null) {
            return new Found(text, page);
        }
        // every part holds '1', '-' or ':'; most values hold none of the three parts' rarer letters, and a
        // regex per scalar per file was a tenth of a cold lint of 1,200 files (bench/cold.sh)
        if (text.indexOf(ACCOUNT) < 0 && text.indexOf(FAMILY) < 0 && !containsIgnoreCase(text, ACCOUNT_ID)) {
            return null;
        }
        for (Map.Entry<Pattern, String> part : DOC_PARTS) {
            Matcher matcher = part.getKey().matcher(text);
            if (matcher.find()) {
                return new Found(matcher.group(), part.getValue());
            }
        }
        return null;
    }

    /** True when {@code text} holds {@code part}, which starts with ':', in any case. */
    private static boolean containsIgnoreCase(String text, String part) {
        char second = part.charAt(1);
        for (int i = text.indexOf(':'); i >= 0 && i + part.length() <= text.length(); i = text.indexOf(':', i + 1)) {
            // most colons are followed by another letter: "s3://", "${X:-y}", "key: value"
            if (Character.toLowerCase(text.charAt(i + 1)) == second
                    && text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The placeholder a quoted blank ({@code " "}) is in a file that holds other placeholders: there it is a
     * slot the same script fills (seen in public AppSpecs whose build writes ContainerName and ContainerPort
     * into {@code " "}); alone, a blank is an ordinary empty value.
     */
    public static Found blankSlot(YamlScalar value, boolean fileHasPlaceholders) {
        return fileHasPlaceholders && !value.value().isEmpty() && value.value().isBlank()
                ? new Found(value.value(), null) : null;
    }

    /** True when a file's text carries the markers of a templating tool. */
    public static boolean isTemplateText(String text) {
        return TEMPLATE_FILE.matcher(text).find();
    }
}
