/**
 * The local engine behind {@code codestages run}: plays a CodePipeline execution on this machine
 * without an AWS account. {@link dev.codestages.run.PipelineRunner} takes the source from git
 * (CodeCommit), runs the buildspec's phases ({@link dev.codestages.run.BuildRunner}, CodeBuild), asks
 * for the approval, and deploys with the appspec's lifecycle hooks into an instance folder
 * ({@link dev.codestages.run.DeployAgent}, the CodeDeploy agent), and returns an
 * {@link dev.codestages.run.ExecutionResult} that {@link dev.codestages.run.RunReportWriter} writes
 * as JSON. It reads the spec files through their models, never a raw YAML key.
 */
package dev.codestages.run;
