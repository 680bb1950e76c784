// Compile-only mirror of jenkinsci/workflow-step-api-plugin@0773c3c src/main/java/org/jenkinsci/plugins/workflow/steps/StepExecution.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

public abstract class StepExecution implements Serializable {

    protected StepExecution(StepContext context) {
        throw new UnsupportedOperationException("mirror");
    }

    public StepContext getContext() {
        throw new UnsupportedOperationException("mirror");
    }

    public abstract boolean start() throws Exception;

    private static final long serialVersionUID = 1L;
}
