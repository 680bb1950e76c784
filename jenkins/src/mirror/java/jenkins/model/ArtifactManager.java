// Compile-only mirror of jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/jenkins/model/ArtifactManager.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package jenkins.model;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.BuildListener;
import java.io.IOException;
import java.util.Map;

public abstract class ArtifactManager {
    public abstract void archive(FilePath workspace, Launcher launcher, BuildListener listener, Map<String, String> artifacts) throws IOException, InterruptedException;
}
