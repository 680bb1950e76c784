// Compile-only mirror of jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/slaves/WorkspaceList.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package hudson.slaves;

import hudson.FilePath;

public final class WorkspaceList {

    public WorkspaceList() {
        throw new UnsupportedOperationException("mirror");
    }

    public static FilePath tempDir(FilePath ws) {
        throw new UnsupportedOperationException("mirror");
    }
}
