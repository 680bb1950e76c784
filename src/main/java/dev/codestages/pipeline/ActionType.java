package dev.codestages.pipeline;

import java.util.List;

/**
 * What CodePipeline accepts for one action type (category, owner, provider): how many input and output
 * artifacts, which configuration keys are required and which are known. Entries live in
 * {@link ActionTypes}; each cites the AWS page its facts come from.
 *
 * @param category     the category the provider is registered under
 * @param owner        who runs it
 * @param provider     the provider name, case-sensitive ({@code CodeBuild})
 * @param inputs       how many input artifacts it takes, or {@link Range#UNKNOWN}
 * @param outputs      how many output artifacts it makes, or {@link Range#UNKNOWN}
 * @param requiredKeys configuration keys it always needs (keys required only in some cases are
 *                     checked by the rules that know the case)
 * @param optionalKeys the other configuration keys it knows
 * @param keysKnown    false when AWS does not document the full set of keys, so that an unlisted key
 *                     cannot be called unknown
 * @param doc          the AWS action reference page
 */
public record ActionType(Category category, Owner owner, String provider, Range inputs, Range outputs,
                         List<String> requiredKeys, List<String> optionalKeys, boolean keysKnown, String doc) {

    public ActionType {
        requiredKeys = List.copyOf(requiredKeys);
        optionalKeys = List.copyOf(optionalKeys);
    }

    /** Every configuration key this type knows, required first. */
    public List<String> knownKeys() {
        return java.util.stream.Stream.concat(requiredKeys.stream(), optionalKeys.stream()).toList();
    }

    /** A bound on an artifact count, inclusive at both ends. */
    public record Range(int min, int max) {

        /** The bounds are not documented: counts are not checked. */
        public static final Range UNKNOWN = new Range(-1, -1);

        public static Range exactly(int count) {
            return new Range(count, count);
        }

        public static Range between(int min, int max) {
            return new Range(min, max);
        }

        public boolean isKnown() {
            return min >= 0;
        }

        public boolean contains(int count) {
            return !isKnown() || count >= min && count <= max;
        }

        /** "none", "exactly 1", "1 to 5". */
        public String describe() {
            if (max == 0) {
                return "none";
            }
            return min == max ? "exactly " + min : min + " to " + max;
        }
    }
}
