package dev.codestages.yaml;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Set by {@link Detonator} when anything loads, initialises or constructs it. A test reads this class,
 * never {@code Detonator} itself, so that reading the flag cannot set it.
 */
final class Tripwire {

    static final AtomicBoolean FIRED = new AtomicBoolean();

    private Tripwire() {
    }
}
