// Compile-only mirror of jenkinsci/stapler@2050.v425108fd5089 core/src/main/java/org/kohsuke/stapler/StaplerResponse2.java.
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletResponse;

public interface StaplerResponse2 extends HttpServletResponse {
}
