// Compile-only mirror of jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/security/Permission.java (constructors left out).
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package hudson.security;

public final class Permission {
    private Permission() {
        throw new UnsupportedOperationException("mirror");
    }
}
