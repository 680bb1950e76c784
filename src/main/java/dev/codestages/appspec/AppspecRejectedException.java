package dev.codestages.appspec;

import dev.codestages.lint.Finding;
import java.io.IOException;
import java.util.List;

/**
 * The local agent refuses an AppSpec the linter finds errors in, as the real agent fails on it: the
 * deployment stops with these findings instead of guessing what the file meant.
 */
public final class AppspecRejectedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    public AppspecRejectedException(String fileName, List<Finding> findings) {
        super("the application specification file " + fileName + " has " + findings.size()
                + (findings.size() == 1 ? " error" : " errors") + " the agent fails on");
        this.findings = List.copyOf(findings);
    }

    /** The errors, in document order. */
    public List<Finding> findings() {
        return findings;
    }
}
