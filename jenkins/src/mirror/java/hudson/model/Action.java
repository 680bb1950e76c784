// Compile-only mirror of jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/model/Action.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package hudson.model;

public interface Action extends ModelObject {
    String getIconFileName();

    @Override
    String getDisplayName();

    String getUrlName();
}
