// Compile-only mirror of jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/model/Result.java (CustomExportedBean left out).
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package hudson.model;

import java.io.Serializable;

public final class Result implements Serializable {

    public static final Result UNSTABLE = null;

    private Result() {
        throw new UnsupportedOperationException("mirror");
    }
}
