package dev.codestages.codedeploy.lambda;

/**
 * An alias as Lambda keeps it: the version it points to, and optionally one additional version that gets a
 * share of the invocations (the alias's {@code RoutingConfig.AdditionalVersionWeights}, a weight between 0.0
 * and 1.0: https://docs.aws.amazon.com/lambda/latest/api/API_AliasRoutingConfiguration.html).
 *
 * @param additionalVersion null when all traffic goes to {@code version}
 * @param additionalWeight the share of {@code additionalVersion}, 0.0 without one
 */
public record AliasRouting(String function, String name, String version, String additionalVersion,
                           double additionalWeight) {

    /** The version an invocation goes to, for a draw {@code r} uniform in [0, 1). */
    public String route(double r) {
        return additionalVersion != null && r < additionalWeight ? additionalVersion : version;
    }

    /** The alias as one line, e.g. {@code live: 1 (90%), 2 (10%)}. */
    public String describe() {
        if (additionalVersion == null) {
            return name + ": " + version;
        }
        long additionalPercent = Math.round(additionalWeight * 100);
        return name + ": " + version + " (" + (100 - additionalPercent) + "%), " + additionalVersion + " ("
                + additionalPercent + "%)";
    }
}
