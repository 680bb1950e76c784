package dev.codestages.codedeploy;

/**
 * The minimum healthy hosts of an EC2/On-Premises deployment configuration, as the API's
 * {@code MinimumHealthyHosts} gives it: a number of instances ({@link Type#HOST_COUNT}), a percentage of
 * the fleet ({@link Type#FLEET_PERCENT}, rounded up to whole instances when the deployment starts), or
 * {@link Type#MOST_CONCURRENCY}, which only the predefined CodeDeployDefault.OneAtATime returns (one
 * instance at a time, every other one kept healthy; it cannot be set on a custom configuration).
 *
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_MinimumHealthyHosts.html">MinimumHealthyHosts</a>
 */
public record MinimumHealthyHosts(Type type, int value) {

    /** How {@link #value()} counts. */
    public enum Type { HOST_COUNT, FLEET_PERCENT, MOST_CONCURRENCY }

    public MinimumHealthyHosts {
        if (value < 0) {
            throw new IllegalArgumentException("a minimum healthy hosts value is never negative: " + value);
        }
    }

    /**
     * The value a file gives as text: a type that a custom configuration can have (HOST_COUNT or
     * FLEET_PERCENT) and a whole number, at least 0; {@code where} starts the message when it is not.
     */
    static MinimumHealthyHosts read(String type, String value, String where) throws DeploymentGroupException {
        if (!type.equals("HOST_COUNT") && !type.equals("FLEET_PERCENT")) {
            throw new DeploymentGroupException(where + ": the minimum healthy hosts type is '" + type
                    + "'; a custom configuration has HOST_COUNT or FLEET_PERCENT");
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 0) {
                return new MinimumHealthyHosts(Type.valueOf(type), number);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DeploymentGroupException(where + ": the minimum healthy hosts value is '" + value
                + "', not a whole number of at least 0");
    }

    /** The minimum number of healthy instances for a fleet of {@code instances}. */
    public int of(int instances) {
        return switch (type) {
            case HOST_COUNT -> value;
            // "converts the percentage to the equivalent number of instances, rounding up any fractional instances"
            case FLEET_PERCENT -> (int) Math.min(Integer.MAX_VALUE, ((long) instances * value + 99) / 100);
            case MOST_CONCURRENCY -> Math.max(0, instances - value);
        };
    }

    /** As the API and the console write it: {@code HOST_COUNT 2}, {@code FLEET_PERCENT 50}. */
    @Override
    public String toString() {
        return type + " " + value;
    }
}
