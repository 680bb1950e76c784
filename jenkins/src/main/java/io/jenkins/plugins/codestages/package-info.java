/**
 * The codestages Jenkins plugin: Pipeline steps ({@code lintSpecs}, {@code runBuildspec},
 * {@code deployAppspec}, {@code pipelineDiagram}) and the build-page action. Glue only: each step
 * gathers its inputs from the step context, calls one method of the codestages library
 * ({@code dev.codestages.ci}) inside a {@code ControllerToAgentFileCallable} so the work runs on the agent,
 * and gets back plugin-defined objects of JDK types ({@link io.jenkins.plugins.codestages.StepOutcome},
 * {@link io.jenkins.plugins.codestages.DiagramData}); no library object crosses the agent channel or is
 * saved with a build.
 */
package io.jenkins.plugins.codestages;
