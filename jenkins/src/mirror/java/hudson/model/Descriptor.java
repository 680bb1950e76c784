// Compile-only mirror of jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/model/Descriptor.java (interfaces left out).
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package hudson.model;

public abstract class Descriptor<T extends Describable<T>> {

    protected Descriptor() {
        throw new UnsupportedOperationException("mirror");
    }

    public String getDisplayName() {
        throw new UnsupportedOperationException("mirror");
    }
}
