// Compile-only mirror of jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/model/Run.java (of its interfaces only AccessControlled).
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package hudson.model;

import hudson.security.ACL;
import hudson.security.AccessControlled;
import java.io.File;
import java.io.IOException;
import jenkins.model.ArtifactManager;

public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>>
        extends Actionable implements AccessControlled {

    public void setResult(Result r) {
        throw new UnsupportedOperationException("mirror");
    }

    public File getRootDir() {
        throw new UnsupportedOperationException("mirror");
    }

    public final synchronized ArtifactManager pickArtifactManager() throws IOException {
        throw new UnsupportedOperationException("mirror");
    }

    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("mirror");
    }
}
