// Compile-only mirror of jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/Launcher.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package hudson;

public abstract class Launcher {
    public boolean isUnix() {
        throw new UnsupportedOperationException("mirror");
    }
}
