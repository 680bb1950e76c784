package dev.codestages.pipeline;

import dev.codestages.lint.DidYouMean;
import dev.codestages.yaml.Position;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one way a pipeline reader reports what it cannot take: every problem becomes a {@link ReadProblem}
 * whose kind names the {@code PL###} rule that reports it, with its message written here, in the words of
 * the format being read (its key spelling, its case hint). Also remembers where the key of an empty value
 * is, since that is where a person looks for the mistake.
 */
final class ReadProblems {

    private final List<ReadProblem> problems;
    /** The key as the format spells it. */
    private final UnaryOperator<String> key;
    /** The hint for a key written in the wrong case. */
    private final UnaryOperator<String> caseHint;
    private final Map<YamlNode, Position> emptyValueKeys = new IdentityHashMap<>();

    ReadProblems(List<ReadProblem> problems, UnaryOperator<String> key, UnaryOperator<String> caseHint) {
        this.problems = problems;
        this.key = key;
        this.caseHint = caseHint;
    }

    /** Remembers that the empty value {@code value} is written under a key at {@code keyAt}. */
    void emptyValueAt(YamlNode value, Position keyAt) {
        emptyValueKeys.put(value, keyAt);
    }

    /** Where to report a problem with a value: its key when the value is empty. */
    Position at(YamlNode node) {
        return emptyValueKeys.getOrDefault(node, node.start());
    }

    /** A value of the wrong type: "'X' of Y is a list; expected a string". */
    void wrongType(YamlNode node, String what, String expected) {
        String actual = node instanceof YamlScalar scalar && scalar.isNull() ? "empty" : node.describe();
        add(ReadProblem.Kind.WRONG_TYPE, at(node), what + " is " + actual + "; expected " + expected, null);
    }

    /** A required key that is not there, reported at the mapping that lacks it. */
    void missing(YamlMapping parent, String field, String where) {
        add(ReadProblem.Kind.MISSING_KEY, parent.start(), where + " has no '" + key.apply(field) + "'", null);
    }

    /** Every key of {@code node} that is not in {@code known}, with the likeliest fix. */
    void unknownKeys(YamlMapping node, Set<String> known, String where) {
        for (YamlEntry entry : node.entries()) {
            String name = entry.keyText();
            if (!known.contains(name)) {
                add(ReadProblem.Kind.UNKNOWN_KEY, entry.key().start(), "unknown key '" + name + "' in " + where,
                        unknownKeyHint(name, known));
            }
        }
    }

    private String unknownKeyHint(String name, Set<String> known) {
        for (String candidate : known) {
            if (candidate.equalsIgnoreCase(name)) {
                return caseHint.apply(candidate);
            }
        }
        String typo = DidYouMean.hint(name, known);
        if (typo != null) {
            return typo;
        }
        String camel = name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
        String place = placeOf(camel);
        if (place != null) {
            return "'" + name + "' belongs " + place + "; check the indentation";
        }
        return "expected one of: " + String.join(", ", known.stream().sorted().toList());
    }

    /** Where a key of the structure belongs, for a key found at the wrong level; null when not ours. */
    private String placeOf(String camel) {
        switch (camel) {
            case "configuration": case "inputArtifacts": case "outputArtifacts": case "runOrder": case "namespace":
            case "region":
                return "to the action, beside '" + key.apply("actionTypeId") + "'";
            case "category": case "owner": case "provider":
                return "inside '" + key.apply("actionTypeId") + "'";
            case "actionTypeId":
                return "to an action";
            case "actions":
                return "to a stage";
            case "stages": case "artifactStore": case "artifactStores": case "pipelineType": case "executionMode":
                return "to the pipeline";
            default:
                return null;
        }
    }

    void add(ReadProblem.Kind kind, Position at, String message, String hint) {
        problems.add(new ReadProblem(kind, at, message, hint));
    }
}
