/**
 * The Jenkins-free half of the CI steps (the Jenkins plugin's {@code lintSpecs}, {@code runBuildspec},
 * {@code deployAppspec}): paths resolved inside a workspace only, the lint verdict and its summary,
 * CodeBuild variables from a Jenkins build's environment, runner events as log lines on a stream that is
 * flushed on every path, and the size limit of a diagram that comes from an agent. The plugin
 * calls one method here per step and stays glue. Depends on {@code lint}, {@code report}, {@code run},
 * {@code buildspec} and {@code yaml}; nothing in the library depends on it.
 */
package dev.codestages.ci;
