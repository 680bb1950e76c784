package dev.codestages.pipeline;

import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CloudFormation intrinsic functions of one template, in both spellings: the YAML short tags
 * ({@code !Ref X}, {@code !Join [...]}) that the YAML loader keeps as local tags, and the JSON form, a
 * mapping with the single key {@code Ref} or {@code Fn::*}; also the dynamic references
 * {@code {{resolve:...}}}. An intrinsic whose value the template itself fixes becomes a
 * {@link Value.Kind#LITERAL literal}: {@code Ref} of a String or Number parameter with a
 * {@code Default}, and {@code Fn::Join} / {@code Fn::Sub} whose parts are all such values (including
 * {@code ${!Literal}}, which {@code Fn::Sub} writes as {@code ${Literal}}). Every other one is a
 * {@link Value.Kind#REFERENCE reference} whose text is its canonical form, the same for both spellings
 * and different for different expressions ({@code !Join [-, [app, !Ref Env]]}), so that two names
 * compare equal only when they are the same expression.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-join.html">Fn::Join</a>
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-sub.html">Fn::Sub</a>
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-ref.html">Ref</a>
 */
public final class Intrinsics {

    /** Parameter types whose {@code Default} is the value a {@code Ref} gives (an SSM type's is a parameter name). */
    private static final Set<String> PLAIN_PARAMETER_TYPES = Set.of("String", "Number");

    /** What a {@code Ref} of a parameter (its default) or of a resource (its name) gives. */
    private final Map<String, String> refValues;

    private Intrinsics(Map<String, String> refValues) {
        this.refValues = refValues;
    }

    /**
     * The resource types whose {@code Ref} is the resource's name, and the property that names it when the
     * template does (the Ref return values of the CloudFormation template reference, per resource type).
     */
    private static final Map<String, String> NAMED_BY_REF = Map.of(
            "AWS::CodeDeploy::Application", "ApplicationName",
            "AWS::CodeDeploy::DeploymentGroup", "DeploymentGroupName",
            "AWS::CodeDeploy::DeploymentConfig", "DeploymentConfigName",
            "AWS::CodeBuild::Project", "Name",
            "AWS::S3::Bucket", "BucketName",
            "AWS::Lambda::Function", "FunctionName",
            "AWS::Serverless::Function", "FunctionName");

    /**
     * The intrinsics of a template: the defaults of its String and Number {@code Parameters}, and the names of
     * its resources whose {@code Ref} is a name the template writes out (a deployment group's
     * DeploymentGroupName, a build project's Name, ...).
     */
    public static Intrinsics of(YamlMapping template) {
        Map<String, String> defaults = new HashMap<>();
        if (template.get("Resources") instanceof YamlMapping resources) {
            for (YamlEntry entry : resources.entries()) {
                if (entry.value() instanceof YamlMapping resource && resource.get("Type") instanceof YamlScalar type
                        && NAMED_BY_REF.containsKey(type.value())
                        && resource.get("Properties") instanceof YamlMapping properties
                        && properties.get(NAMED_BY_REF.get(type.value())) instanceof YamlScalar name
                        && !name.isNull() && !isIntrinsic(name)) {
                    defaults.put(entry.keyText(), name.value());
                }
            }
        }
        YamlNode parameters = template.get("Parameters");
        if (parameters instanceof YamlMapping declared) {
            for (YamlEntry entry : declared.entries()) {
                if (entry.value() instanceof YamlMapping parameter
                        && parameter.get("Type") instanceof YamlScalar type
                        && PLAIN_PARAMETER_TYPES.contains(type.value())
                        && parameter.get("Default") instanceof YamlScalar value && !value.isNull()) {
                    defaults.put(entry.keyText(), value.value());
                }
            }
        }
        return new Intrinsics(defaults);
    }

    /** True when {@code node} is an intrinsic function call (or a dynamic reference). */
    public static boolean isIntrinsic(YamlNode node) {
        String tag = node.explicitTag();
        if (tag != null && tag.startsWith("!") && !tag.startsWith("!!")) {
            return true;
        }
        if (node instanceof YamlMapping mapping && mapping.entries().size() == 1) {
            String key = mapping.entries().get(0).keyText();
            return key.equals("Ref") || key.startsWith("Fn::");
        }
        return node instanceof YamlScalar scalar && scalar.value().contains("{{resolve:");
    }

    /** The value of an intrinsic: a literal when the template fixes it, else a reference in canonical form. */
    public Value value(YamlNode node) {
        String resolved = resolve(node);
        return resolved != null ? Value.literal(resolved, node.start()) : Value.reference(canonical(node), node.start());
    }

    // ---- resolution ----

    /** The value the template fixes for {@code node}, or null when it is known only at deploy time. */
    private String resolve(YamlNode node) {
        if (!isIntrinsic(node)) {
            return node instanceof YamlScalar scalar && !scalar.isNull() ? scalar.value() : null;
        }
        String function = function(node);
        YamlNode argument = argument(node);
        if (function == null || argument == null || isNested(node, argument)) {
            return null;
        }
        switch (function) {
            case "Ref":
                return argument instanceof YamlScalar name ? refValues.get(name.value()) : null;
            case "Join":
                return join(argument);
            case "Sub":
                return sub(argument);
            default:
                return null;
        }
    }

    private String join(YamlNode argument) {
        if (!(argument instanceof YamlSequence pair) || pair.items().size() != 2
                || !(pair.items().get(0) instanceof YamlScalar delimiter) || isIntrinsic(pair.items().get(0))
                || !(pair.items().get(1) instanceof YamlSequence parts) || isIntrinsic(parts)) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < parts.items().size(); i++) {
            String part = resolve(parts.items().get(i));
            if (part == null) {
                return null;
            }
            joined.append(i == 0 ? "" : delimiter.value()).append(part);
        }
        return joined.toString();
    }

    private String sub(YamlNode argument) {
        Map<String, String> variables = new HashMap<>();
        YamlNode template = argument;
        if (argument instanceof YamlSequence pair) {
            if (pair.items().isEmpty() || pair.items().size() > 2) {
                return null;
            }
            template = pair.items().get(0);
            if (pair.items().size() == 2) {
                if (!(pair.items().get(1) instanceof YamlMapping map) || isIntrinsic(map)) {
                    return null;
                }
                for (YamlEntry entry : map.entries()) {
                    variables.put(entry.keyText(), resolve(entry.value()));
                }
            }
        }
        if (!(template instanceof YamlScalar text) || template != argument && isIntrinsic(template)
                || text.value().contains("{{resolve:")) {
            return null;
        }
        return substitute(text.value(), variables);
    }

    /** {@code Fn::Sub}'s substitution: {@code ${Name}} from the variable map or a parameter, {@code ${!X}} as {@code ${X}}. */
    private String substitute(String template, Map<String, String> variables) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf("${", i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            String name = template.substring(open + 2, close);
            if (name.startsWith("!")) {
                out.append("${").append(name.substring(1)).append('}');
            } else {
                String value = variables.containsKey(name) ? variables.get(name) : refValues.get(name.trim());
                if (value == null) {
                    return null;
                }
                out.append(value);
            }
            i = close + 1;
        }
        return out.toString();
    }

    // ---- canonical text ----

    /**
     * The canonical text of an intrinsic: {@code !Function argument}, the argument as written when it is
     * one scalar ({@code !Ref Bucket}, {@code !Sub ${Name}-build}), {@code !GetAtt Role.Arn} for both
     * forms of GetAtt, {@code !Sub template} when the variable map is empty, else in flow style with
     * nested intrinsics in short form and scalars quoted where a comma or bracket would be ambiguous.
     */
    static String canonical(YamlNode node) {
        String function = function(node);
        if (function == null) {
            return node instanceof YamlScalar scalar ? scalar.value() : "(deploy-time value)";
        }
        YamlNode argument = argument(node);
        if (isNested(node, argument)) {
            return "!" + function + " " + canonical(argument);
        }
        if (argument instanceof YamlScalar scalar) {
            return "!" + function + " " + scalar.value();
        }
        if (argument instanceof YamlSequence sequence) {
            List<YamlNode> items = sequence.items();
            if (function.equals("GetAtt")) {
                String path = attributePath(items);
                if (path != null) {
                    return "!GetAtt " + path;
                }
            }
            if (function.equals("Sub") && !items.isEmpty() && items.get(0) instanceof YamlScalar template
                    && !isIntrinsic(template) && (items.size() == 1
                    || items.size() == 2 && items.get(1) instanceof YamlMapping map && map.entries().isEmpty())) {
                return "!Sub " + template.value();
            }
        }
        return "!" + function + " " + content(argument);
    }

    /** {@code Resource.Attribute} of GetAtt's list form, or null when an item is not plain text. */
    private static String attributePath(List<YamlNode> items) {
        StringBuilder path = new StringBuilder();
        for (YamlNode item : items) {
            if (!(item instanceof YamlScalar scalar) || isIntrinsic(item)) {
                return null;
            }
            path.append(path.length() == 0 ? "" : ".").append(scalar.value());
        }
        return path.length() == 0 ? null : path.toString();
    }

    /** A node inside an argument, in flow style: a nested intrinsic in its canonical form. */
    private static String flow(YamlNode node) {
        return function(node) != null ? canonical(node) : content(node);
    }

    /** A node in flow style, whatever its tag: the argument of a short-form function is the tagged node itself. */
    private static String content(YamlNode node) {
        if (node instanceof YamlSequence sequence) {
            StringBuilder out = new StringBuilder("[");
            for (YamlNode item : sequence.items()) {
                out.append(out.length() == 1 ? "" : ", ").append(flow(item));
            }
            return out.append(']').toString();
        }
        if (node instanceof YamlMapping mapping) {
            StringBuilder out = new StringBuilder("{");
            for (YamlEntry entry : mapping.entries()) {
                out.append(out.length() == 1 ? "" : ", ").append(quoted(entry.keyText())).append(": ")
                        .append(flow(entry.value()));
            }
            return out.append('}').toString();
        }
        YamlScalar scalar = (YamlScalar) node;
        return scalar.isNull() ? "null" : quoted(scalar.value());
    }

    private static String quoted(String text) {
        boolean plain = !text.isEmpty() && text.strip().equals(text);
        for (int i = 0; plain && i < text.length(); i++) {
            plain = ",[]{}:'\"!#&*".indexOf(text.charAt(i)) < 0;
        }
        return plain ? text : "'" + text.replace("'", "''") + "'";
    }

    /** True when the argument is itself a function call ({@code Fn::Join: !If [...]}), not the function's own list or text. */
    private static boolean isNested(YamlNode node, YamlNode argument) {
        return argument != node && function(argument) != null;
    }

    /** The function's name without prefix ({@code Ref}, {@code Join}), or null for a dynamic reference. */
    private static String function(YamlNode node) {
        String tag = node.explicitTag();
        if (tag != null && tag.startsWith("!") && !tag.startsWith("!!")) {
            return tag.substring(1);
        }
        if (node instanceof YamlMapping mapping && mapping.entries().size() == 1) {
            String key = mapping.entries().get(0).keyText();
            if (key.equals("Ref")) {
                return key;
            }
            if (key.startsWith("Fn::")) {
                return key.substring("Fn::".length());
            }
        }
        return null;
    }

    /** The function's argument: the tagged node itself for a short tag, the single value for the JSON form. */
    private static YamlNode argument(YamlNode node) {
        String tag = node.explicitTag();
        if (tag != null && tag.startsWith("!") && !tag.startsWith("!!")) {
            return node;
        }
        return node instanceof YamlMapping mapping && mapping.entries().size() == 1 ? mapping.entries().get(0).value()
                : null;
    }
}
