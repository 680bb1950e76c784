package dev.codestages.pipeline;

import dev.codestages.yaml.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A variable reference {@code #{namespace.variable}} inside a value of an action: the configuration,
 * the commands or the environment of a Compute action. CodePipeline resolves it when the action runs,
 * from the implicit {@code codepipeline} namespace ({@code #{codepipeline.PipelineExecutionId}}), the
 * pipeline-level {@code variables} namespace of a V2 pipeline ({@code #{variables.NAME}}), or the
 * namespace an earlier action declares ({@code #{SourceVariables.CommitId}}).
 *
 * @param namespace the part before the first dot
 * @param variable  the part after it
 * @param text      the reference as written, {@code #{SourceVariables.CommitId}}
 * @param in        the value it was found in
 * @param offset    where it starts in {@code in.text()}
 * @see <a href="https://docs.aws.amazon.com/codepipeline/latest/userguide/reference-variables.html">Variables reference</a>
 */
public record VariableReference(String namespace, String variable, String text, Value in, int offset) {

    /** The namespace of the variables every execution has. */
    public static final String EXECUTION_NAMESPACE = "codepipeline";
    /** The namespace of a V2 pipeline's pipeline-level variables. */
    public static final String PIPELINE_NAMESPACE = "variables";

    /** {@code #{namespace.variable}}: the namespace holds no dot, the variable no closing brace. */
    private static final Pattern REFERENCE = Pattern.compile("#\\{([^.}]+)\\.([^}]*)}");

    /**
     * True when CodePipeline fills in part of this literal value when the action runs: it holds {@code #{},
     * the start of a reference (a malformed one included: the variable rules report it). Rules that check
     * a value as written leave such a value alone.
     */
    public static boolean resolvedWhenRun(Value value) {
        return value.isLiteral() && value.text().contains("#{");
    }

    /**
     * {@code text} with each reference replaced by what {@code lookup} gives for its
     * {@code namespace.variable}; a reference for which it gives null stays as written. How the engine
     * resolves an action's configuration, with the same grammar the rules read.
     */
    public static String replace(String text, Function<String, String> lookup) {
        if (text.indexOf("#{") < 0) {
            return text;
        }
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String value = lookup.apply(reference.group(1) + "." + reference.group(2));
            reference.appendReplacement(out, Matcher.quoteReplacement(value == null ? reference.group() : value));
        }
        reference.appendTail(out);
        return out.toString();
    }

    /** The references in a literal value, in order; none in a value known only at deploy time. */
    public static List<VariableReference> in(Value value) {
        if (!resolvedWhenRun(value)) {
            return List.of();
        }
        List<VariableReference> found = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(value.text());
        while (matcher.find()) {
            found.add(new VariableReference(matcher.group(1), matcher.group(2), matcher.group(), value, matcher.start()));
        }
        return found;
    }

    /** Where to point at the reference: the value that holds it. */
    public Position at() {
        return in.at();
    }

    /** True for {@code #{codepipeline.*}}, the variables of the execution itself. */
    public boolean isExecutionVariable() {
        return namespace.equals(EXECUTION_NAMESPACE);
    }

    /** True for {@code #{variables.*}}, a pipeline-level variable. */
    public boolean isPipelineVariable() {
        return namespace.equals(PIPELINE_NAMESPACE);
    }

    /** True for a namespace that an action declares (neither built in). */
    public boolean isActionVariable() {
        return !isExecutionVariable() && !isPipelineVariable();
    }
}
