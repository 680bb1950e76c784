// Compile-only mirror of jenkinsci/workflow-step-api-plugin@0773c3c src/main/java/org/jenkinsci/plugins/workflow/steps/StepDescriptor.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.util.Set;

public abstract class StepDescriptor extends Descriptor<Step> {
    public abstract Set<? extends Class<?>> getRequiredContext();

    public abstract String getFunctionName();
}
