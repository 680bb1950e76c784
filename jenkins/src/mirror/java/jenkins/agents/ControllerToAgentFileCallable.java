// Compile-only mirror of jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/jenkins/agents/ControllerToAgentFileCallable.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package jenkins.agents;

import hudson.FilePath;
import org.jenkinsci.remoting.RoleChecker;

public interface ControllerToAgentFileCallable<T> extends FilePath.FileCallable<T> {
    @Override
    default void checkRoles(RoleChecker checker) throws SecurityException {
        throw new UnsupportedOperationException("mirror");
    }
}
