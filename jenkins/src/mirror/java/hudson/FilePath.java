// Compile-only mirror of jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/FilePath.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package hudson;

import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import org.jenkinsci.remoting.RoleSensitive;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

public final class FilePath implements SerializableOnlyOverRemoting {

    public FilePath(File localPath) {
        throw new UnsupportedOperationException("mirror");
    }

    public String getRemote() {
        throw new UnsupportedOperationException("mirror");
    }

    public interface FileCallable<T> extends Serializable, RoleSensitive {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }

    public <T> T act(final FileCallable<T> callable) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("mirror");
    }
}
