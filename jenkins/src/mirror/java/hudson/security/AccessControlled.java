// Compile-only mirror of jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/security/AccessControlled.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package hudson.security;

import org.springframework.security.access.AccessDeniedException;

public interface AccessControlled {
    ACL getACL();

    default void checkPermission(Permission permission) throws AccessDeniedException {
        throw new UnsupportedOperationException("mirror");
    }
}
