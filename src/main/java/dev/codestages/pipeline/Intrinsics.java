package dev.codestages.pipeline;

import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.util.stream.Collectors;

/**
 * Recognises CloudFormation intrinsic functions, in both spellings: the YAML short tags ({@code !Ref X},
 * {@code !Sub ...}, {@code !GetAtt A.B}, {@code !If [...]}) that the YAML loader keeps as local tags, and
 * the JSON form, a mapping with the single key {@code Ref} or {@code Fn::*}. Also the dynamic references
 * {@code {{resolve:...}}}. Their values are known only when the stack is deployed.
 */
final class Intrinsics {

    private Intrinsics() {
    }

    /** True when {@code node} is an intrinsic function call (or a dynamic reference). */
    static boolean isIntrinsic(YamlNode node) {
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

    /** True when {@code node} is an {@code Fn::If}, which may stand for a value or for nothing. */
    static boolean isCondition(YamlNode node) {
        return "!If".equals(node.explicitTag())
                || node instanceof YamlMapping mapping && mapping.entries().size() == 1
                && mapping.entries().get(0).keyText().equals("Fn::If");
    }

    /** A short readable form: {@code !Ref Bucket}, {@code !GetAtt Role.Arn}, {@code !Sub ${Name}-build}. */
    static String describe(YamlNode node) {
        String tag = node.explicitTag();
        if (tag != null && tag.startsWith("!") && !tag.startsWith("!!")) {
            return shortForm(tag.substring(1), node);
        }
        if (node instanceof YamlMapping mapping && mapping.entries().size() == 1) {
            YamlEntry entry = mapping.entries().get(0);
            String name = entry.keyText().equals("Ref") ? "Ref" : entry.keyText().substring("Fn::".length());
            return shortForm(name, entry.value());
        }
        return node instanceof YamlScalar scalar ? scalar.value() : "(deploy-time value)";
    }

    private static String shortForm(String function, YamlNode argument) {
        if (argument instanceof YamlScalar scalar) {
            return "!" + function + " " + scalar.value();
        }
        if (argument instanceof YamlSequence sequence && !sequence.items().isEmpty()) {
            if (function.equals("GetAtt") && sequence.items().stream().allMatch(YamlScalar.class::isInstance)) {
                return "!GetAtt " + sequence.items().stream().map(i -> ((YamlScalar) i).value())
                        .collect(Collectors.joining("."));
            }
            if (function.equals("Sub") && sequence.items().get(0) instanceof YamlScalar template) {
                return "!Sub " + template.value();
            }
        }
        return "!" + function + " (...)";
    }
}
