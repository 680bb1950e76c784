// Compile-only mirror of jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/util/ListBoxModel.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package hudson.util;

import java.util.ArrayList;

public class ListBoxModel extends ArrayList<ListBoxModel.Option> {
    public static final class Option {
        public Option(String name, String value) {
            throw new UnsupportedOperationException("mirror");
        }
    }

    public ListBoxModel() {
        throw new UnsupportedOperationException("mirror");
    }

    public void add(String displayName, String value) {
        throw new UnsupportedOperationException("mirror");
    }
}
