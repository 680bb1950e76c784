// Compile-only mirror of jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/jenkins/util/BuildListenerAdapter.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package jenkins.util;

import hudson.model.BuildListener;
import hudson.model.TaskListener;
import java.io.PrintStream;

public final class BuildListenerAdapter implements BuildListener {

    public BuildListenerAdapter(TaskListener delegate) {
        throw new UnsupportedOperationException("mirror");
    }

    @Override public PrintStream getLogger() {
        throw new UnsupportedOperationException("mirror");
    }

    public static BuildListener wrap(TaskListener l) {
        throw new UnsupportedOperationException("mirror");
    }
}
