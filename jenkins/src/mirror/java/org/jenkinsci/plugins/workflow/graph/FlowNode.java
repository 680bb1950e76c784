// Compile-only mirror of jenkinsci/workflow-api-plugin@cbc88d9 src/main/java/org/jenkinsci/plugins/workflow/graph/FlowNode.java (Saveable left out).
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package org.jenkinsci.plugins.workflow.graph;

import hudson.model.Actionable;

public abstract class FlowNode extends Actionable {
}
