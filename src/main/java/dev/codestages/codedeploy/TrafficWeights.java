package dev.codestages.codedeploy;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The traffic split after one shift of a Lambda or ECS deployment: when (deployment time) and each target's
 * percentage, the original first: Lambda versions ({@code "1"}, {@code "2"}) or ECS task sets
 * ({@code "blue"}, {@code "green"}).
 */
public record TrafficWeights(Instant at, Map<String, Integer> weights) {

    public TrafficWeights {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /** Two targets: the original gets what the replacement does not. */
    public static TrafficWeights split(Instant at, String original, String replacement, int replacementPercent) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put(original, 100 - replacementPercent);
        weights.put(replacement, replacementPercent);
        return new TrafficWeights(at, weights);
    }

    /** The split as one line, e.g. {@code 1: 90%, 2: 10%}. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        weights.forEach((target, percent) -> out.append(out.length() == 0 ? "" : ", ").append(target).append(": ")
                .append(percent).append('%'));
        return out.toString();
    }
}
