// Compile-only mirror of jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/jenkins/model/RunAction2.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package jenkins.model;

import hudson.model.Action;
import hudson.model.Run;

public interface RunAction2 extends Action {
    void onAttached(Run<?, ?> r);

    void onLoad(Run<?, ?> r);
}
