// Compile-only mirror of jenkinsci/workflow-step-api-plugin@0773c3c src/main/java/org/jenkinsci/plugins/workflow/steps/StepContext.java (Guava's FutureCallback left out).
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package org.jenkinsci.plugins.workflow.steps;

import java.io.IOException;
import java.io.Serializable;

public abstract class StepContext implements Serializable {
    public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;
}
