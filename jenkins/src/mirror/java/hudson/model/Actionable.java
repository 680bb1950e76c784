// Compile-only mirror of jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/model/Actionable.java (supertypes left out).
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package hudson.model;

public abstract class Actionable {

    public boolean addOrReplaceAction(Action a) {
        throw new UnsupportedOperationException("mirror");
    }
}
