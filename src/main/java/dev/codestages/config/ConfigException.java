package dev.codestages.config;

import java.util.List;

/**
 * A configuration that cannot be used: each problem is one line, {@code FILE:LINE:COLUMN: what is wrong},
 * as the findings of a spec file read. The CLI prints them and exits 2, as for a bad option.
 */
public final class ConfigException extends Exception {

    private final List<String> problems;

    ConfigException(List<String> problems) {
        super(String.join("\n", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
