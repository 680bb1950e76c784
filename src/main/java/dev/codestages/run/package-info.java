/**
 * The players the engine ({@code dev.codestages.engine}) calls to do an action's work on this machine
 * without an AWS account: {@link dev.codestages.run.SourceCheckout} takes the committed source from git
 * (CodeCommit), {@link dev.codestages.run.BuildRunner} runs a buildspec's phases (CodeBuild), and
 * {@link dev.codestages.run.DeployAgent} deploys with the appspec's lifecycle hooks into an instance
 * folder (the CodeDeploy agent). They read the spec files through their models, never a raw YAML key.
 */
package dev.codestages.run;
