// Compile-only mirror of jenkinsci/workflow-step-api-plugin@0773c3c src/main/java/org/jenkinsci/plugins/workflow/steps/Step.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

public abstract class Step extends AbstractDescribableImpl<Step> implements ExtensionPoint {
    public abstract StepExecution start(StepContext context) throws Exception;

    @Override public StepDescriptor getDescriptor() {
        throw new UnsupportedOperationException("mirror");
    }
}
