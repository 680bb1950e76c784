// Compile-only mirror of spring-security-core 6.5.7 (Jenkins 2.541.3's spring-security-bom) org.springframework.security.access.AccessDeniedException.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package org.springframework.security.access;

public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String msg) {
        super(msg);
    }
}
