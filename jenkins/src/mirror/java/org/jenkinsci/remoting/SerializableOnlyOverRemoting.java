// Compile-only mirror of jenkinsci/remoting@3352.v17a_fb_4b_2773f src/main/java/org/jenkinsci/remoting/SerializableOnlyOverRemoting.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package org.jenkinsci.remoting;

import java.io.Serializable;

public interface SerializableOnlyOverRemoting extends Serializable {
}
