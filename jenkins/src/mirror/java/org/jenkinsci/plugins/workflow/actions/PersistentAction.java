// Compile-only mirror of jenkinsci/workflow-api-plugin@cbc88d9 src/main/java/org/jenkinsci/plugins/workflow/actions/PersistentAction.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Action;

public interface PersistentAction extends Action {
}
