// Compile-only mirror of jenkinsci/workflow-api-plugin@cbc88d9 src/main/java/org/jenkinsci/plugins/workflow/actions/WarningAction.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Result;

public class WarningAction implements PersistentAction {
    public WarningAction(Result result) {
        throw new UnsupportedOperationException("mirror");
    }

    public WarningAction withMessage(String message) {
        throw new UnsupportedOperationException("mirror");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("mirror");
    }

    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException("mirror");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("mirror");
    }
}
