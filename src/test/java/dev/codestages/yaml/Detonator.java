package dev.codestages.yaml;

/**
 * A class that a hostile YAML tag names ({@code !!dev.codestages.yaml.Detonator}): if a reader ever
 * initialised or built it, {@link Tripwire#FIRED} would become true.
 */
final class Detonator {

    static {
        Tripwire.FIRED.set(true);
    }

    Detonator() {
        Tripwire.FIRED.set(true);
    }

    Detonator(String ignored) {
        Tripwire.FIRED.set(true);
    }

    public void setValue(String ignored) {
        Tripwire.FIRED.set(true);
    }
}
