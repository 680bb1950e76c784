package dev.codestages.codedeploy.lambda;

import java.time.Duration;
import java.time.Instant;

/**
 * A clock that runs {@code scale} times faster than the real one ({@code --time-scale N}), so a class sees
 * LambdaCanary10Percent5Minutes shift after 5 minutes / N. Its time starts at the real time it was made.
 */
public final class ScaledClock implements DeploymentClock {

    private final double scale;
    private final Instant start;
    private final long startNanos;

    /** @param scale how many deployment seconds pass in one real second; 1 for real time */
    public ScaledClock(double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("the time scale must be a positive number, not " + scale);
        }
        this.scale = scale;
        this.start = Instant.now();
        this.startNanos = System.nanoTime();
    }

    @Override
    public Instant now() {
        return start.plusNanos((long) ((System.nanoTime() - startNanos) * scale));
    }

    @Override
    public void sleepUntil(Instant instant) throws InterruptedException {
        Duration left = Duration.between(now(), instant);
        while (!left.isNegative() && !left.isZero()) {
            long realMillis = Math.max(1, (long) Math.ceil(left.toMillis() / scale));
            Thread.sleep(realMillis);
            left = Duration.between(now(), instant);
        }
    }
}
