package dev.codestages.codedeploy.lambda;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deployment configuration of the AWS Lambda compute platform and the traffic plan it stands for, as the
 * CodeDeploy user guide describes them ("Deployment configurations on an AWS Lambda compute platform",
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html): all at once (every
 * invocation to the new version at once), canary (a percentage first, the rest after an interval) or linear
 * (equal percentages with equal minutes between them). Custom ones are those of
 * {@code AWS::CodeDeploy::DeploymentConfig}'s {@code TrafficRoutingConfig}: {@code TimeBasedCanary}
 * (CanaryPercentage, CanaryInterval) and {@code TimeBasedLinear} (LinearPercentage, LinearInterval).
 * <p>
 * {@link #steps()} is a pure function of the configuration. Linear shifts its percentage "at the start of each
 * increment" (CodeDeploy API reference, TimeBasedLinear), so the first shift is at once and the last one,
 * capped at 100, comes after (increments - 1) intervals: LambdaLinear10PercentEvery1Minute reaches 100% at
 * 9 minutes. That timing of the last shift is our reading of those words, not a documented figure.
 */
public record LambdaDeploymentConfig(String name, Type type, int percentage, int intervalMinutes) {

    /** How traffic moves. */
    public enum Type { ALL_AT_ONCE, CANARY, LINEAR }

    /** The limits page: at most 2880 minutes between the first and the last traffic shift of a Lambda deployment. */
    static final int MAX_MINUTES = 2880;

    private static final String PREFIX = "CodeDeployDefault.";

    private static final Map<String, LambdaDeploymentConfig> PREDEFINED = predefined();

    /**
     * The predefined configurations of the Amazon ECS compute platform: the same three kinds of traffic
     * routing ("Deployment configurations on an Amazon ECS compute platform", deployment-configurations.html).
     */
    private static final Map<String, LambdaDeploymentConfig> PREDEFINED_ECS = Map.of(
            PREFIX + "ECSAllAtOnce", new LambdaDeploymentConfig(PREFIX + "ECSAllAtOnce", Type.ALL_AT_ONCE, 100, 0),
            PREFIX + "ECSCanary10Percent5Minutes", new LambdaDeploymentConfig(PREFIX + "ECSCanary10Percent5Minutes",
                    Type.CANARY, 10, 5),
            PREFIX + "ECSCanary10Percent15Minutes", new LambdaDeploymentConfig(PREFIX + "ECSCanary10Percent15Minutes",
                    Type.CANARY, 10, 15),
            PREFIX + "ECSLinear10PercentEvery1Minutes", new LambdaDeploymentConfig(
                    PREFIX + "ECSLinear10PercentEvery1Minutes", Type.LINEAR, 10, 1),
            PREFIX + "ECSLinear10PercentEvery3Minutes", new LambdaDeploymentConfig(
                    PREFIX + "ECSLinear10PercentEvery3Minutes", Type.LINEAR, 10, 3));

    /** The default when a Lambda deployment group names no configuration (AWS Config rule codedeploy-lambda-allatonce-traffic-shift-disabled). */
    public static final String LAMBDA_DEFAULT = PREFIX + "LambdaAllAtOnce";

    /** The default when an ECS deployment group names no configuration. */
    public static final String ECS_DEFAULT = PREFIX + "ECSAllAtOnce";

    public LambdaDeploymentConfig {
        if (type != Type.ALL_AT_ONCE && (percentage < 1 || percentage > 100 || intervalMinutes < 1)) {
            throw new IllegalArgumentException("percentage 1-100 and interval >= 1 minute");
        }
    }

    /** The predefined configuration {@code name} ({@code CodeDeployDefault.LambdaCanary10Percent5Minutes}, ...). */
    public static LambdaDeploymentConfig named(String name) throws LambdaException {
        LambdaDeploymentConfig config = PREDEFINED.get(name);
        if (config == null) {
            // CodeDeploy's DeploymentConfigDoesNotExistException
            throw new LambdaException("The deployment configuration " + name + " does not exist; the Lambda ones are "
                    + String.join(", ", PREDEFINED.keySet()));
        }
        return config;
    }

    /** The predefined ECS configuration {@code name} ({@code CodeDeployDefault.ECSCanary10Percent5Minutes}, ...). */
    public static LambdaDeploymentConfig ecsNamed(String name) throws LambdaException {
        LambdaDeploymentConfig config = PREDEFINED_ECS.get(name);
        if (config == null) {
            throw new LambdaException("The deployment configuration " + name + " does not exist; the ECS ones are "
                    + String.join(", ", new java.util.TreeSet<>(PREDEFINED_ECS.keySet())));
        }
        return config;
    }

    /** True when {@code name} is a predefined ECS configuration. */
    public static boolean isEcs(String name) {
        return PREDEFINED_ECS.containsKey(name);
    }

    /** The names of the predefined Amazon ECS configurations. */
    public static List<String> predefinedEcsNames() {
        return List.copyOf(PREDEFINED_ECS.keySet());
    }

    /** The names of the predefined Lambda configurations. */
    public static List<String> predefinedNames() {
        return List.copyOf(PREDEFINED.keySet());
    }

    /** A custom {@code TimeBasedCanary}: {@code percentage} first, the rest {@code intervalMinutes} later. */
    public static LambdaDeploymentConfig timeBasedCanary(String name, int percentage, int intervalMinutes)
            throws LambdaException {
        return custom(name, Type.CANARY, percentage, intervalMinutes);
    }

    /** A custom {@code TimeBasedLinear}: {@code percentage} more every {@code intervalMinutes}. */
    public static LambdaDeploymentConfig timeBasedLinear(String name, int percentage, int intervalMinutes)
            throws LambdaException {
        return custom(name, Type.LINEAR, percentage, intervalMinutes);
    }

    /** The traffic shifts, in time order; the last one gives the new version 100%. */
    public List<TrafficStep> steps() {
        Duration interval = Duration.ofMinutes(intervalMinutes);
        switch (type) {
            case ALL_AT_ONCE:
                return List.of(new TrafficStep(Duration.ZERO, 100));
            case CANARY:
                return percentage >= 100 ? List.of(new TrafficStep(Duration.ZERO, 100))
                        : List.of(new TrafficStep(Duration.ZERO, percentage), new TrafficStep(interval, 100));
            default:
                List<TrafficStep> steps = new ArrayList<>();
                for (int i = 0; i * percentage < 100; i++) {
                    steps.add(new TrafficStep(interval.multipliedBy(i), Math.min(100, (i + 1) * percentage)));
                }
                return steps;
        }
    }

    private static LambdaDeploymentConfig custom(String name, Type type, int percentage, int intervalMinutes)
            throws LambdaException {
        String kind = type == Type.CANARY ? "TimeBasedCanary" : "TimeBasedLinear";
        if (percentage < 1 || percentage > 100) {
            throw new LambdaException(name + ": the " + kind + " percentage " + percentage + " is not 1 to 100");
        }
        if (intervalMinutes < 1) {
            throw new LambdaException(name + ": the " + kind + " interval " + intervalMinutes
                    + " is not a number of minutes from 1");
        }
        LambdaDeploymentConfig config = new LambdaDeploymentConfig(name, type, percentage, intervalMinutes);
        List<TrafficStep> steps = config.steps();
        if (steps.get(steps.size() - 1).offset().toMinutes() > MAX_MINUTES) {
            throw new LambdaException(name + ": its traffic shifts span "
                    + steps.get(steps.size() - 1).offset().toMinutes() + " minutes; a Lambda deployment allows at most "
                    + MAX_MINUTES + " between the first and the last shift (CodeDeploy quotas)");
        }
        return config;
    }

    private static Map<String, LambdaDeploymentConfig> predefined() {
        Map<String, LambdaDeploymentConfig> map = new LinkedHashMap<>();
        put(map, new LambdaDeploymentConfig(PREFIX + "LambdaAllAtOnce", Type.ALL_AT_ONCE, 100, 0));
        for (int minutes : new int[] {5, 10, 15, 30}) {
            put(map, new LambdaDeploymentConfig(PREFIX + "LambdaCanary10Percent" + minutes + "Minutes", Type.CANARY,
                    10, minutes));
        }
        put(map, new LambdaDeploymentConfig(PREFIX + "LambdaLinear10PercentEvery1Minute", Type.LINEAR, 10, 1));
        for (int minutes : new int[] {2, 3, 10}) {
            put(map, new LambdaDeploymentConfig(PREFIX + "LambdaLinear10PercentEvery" + minutes + "Minutes",
                    Type.LINEAR, 10, minutes));
        }
        return map;
    }

    private static void put(Map<String, LambdaDeploymentConfig> map, LambdaDeploymentConfig config) {
        map.put(config.name(), config);
    }
}
