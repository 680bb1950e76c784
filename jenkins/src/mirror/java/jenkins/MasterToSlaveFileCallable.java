// Compile-only mirror of jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/jenkins/MasterToSlaveFileCallable.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package jenkins;

import jenkins.agents.ControllerToAgentFileCallable;

public abstract class MasterToSlaveFileCallable<T> implements ControllerToAgentFileCallable<T> {

    private static final long serialVersionUID = 1L;
}
