package io.jenkins.plugins.codestages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a step's agent-side work sends back to the controller: a status, the message for a failed or
 * unstable result, log lines to print (empty when the work streamed its log itself), the step's
 * return value and the workspace files to archive. Only JDK types and this plugin's own class cross
 * the channel, so Jenkins' class filter (JEP-200) has nothing to allow.
 */
final class StepOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    enum Status { PASSED, UNSTABLE, FAILED }

    final Status status;
    final String message;
    final ArrayList<String> log;
    final LinkedHashMap<String, Object> summary;
    final ArrayList<String> artifacts;

    private StepOutcome(Status status, String message, List<String> log, Map<String, Object> summary,
                        List<String> artifacts) {
        this.status = status;
        this.message = message;
        this.log = new ArrayList<>(log);
        this.summary = new LinkedHashMap<>(summary);
        this.artifacts = new ArrayList<>(artifacts);
    }

    static StepOutcome of(Status status, String message, List<String> log, Map<String, Object> summary,
                          List<String> artifacts) {
        return new StepOutcome(status, message, log, summary, artifacts);
    }

    /** A problem found before any work was done (a refused path, a missing file). */
    static StepOutcome refused(String message) {
        return new StepOutcome(Status.FAILED, message, List.of(), Map.of(), List.of());
    }
}
