// Compile-only mirror of jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/util/FormValidation.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package hudson.util;

import java.io.IOException;

public abstract class FormValidation extends IOException {
    private FormValidation() {
        throw new UnsupportedOperationException("mirror");
    }

    public static FormValidation error(String message) {
        throw new UnsupportedOperationException("mirror");
    }

    public static FormValidation ok() {
        throw new UnsupportedOperationException("mirror");
    }
}
