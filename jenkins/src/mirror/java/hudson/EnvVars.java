// Compile-only mirror of jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/EnvVars.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package hudson;

import java.util.TreeMap;

public class EnvVars extends TreeMap<String, String> {
    public EnvVars() {
        throw new UnsupportedOperationException("mirror");
    }
}
