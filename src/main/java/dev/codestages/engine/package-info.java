/**
 * The pipeline engine behind {@code codestages run}, {@code status}, {@code history}, {@code approve} and
 * {@code reject}: plays a CodePipeline execution the way CodePipeline does and keeps it as state on disk.
 * {@link dev.codestages.engine.ExecutionEngine} runs the stages in order and, inside a stage, each runOrder
 * group at the same time; {@link dev.codestages.engine.ExecutionStore} persists every execution atomically
 * under {@code .codestages/executions/<executionId>/} with one log per action, locked so two commands never
 * interleave writes; {@link dev.codestages.engine.VariableScope} resolves {@code #{namespace.name}}
 * references; the players call the CodeBuild and CodeDeploy players of {@code run}
 * ({@link dev.codestages.run.BuildRunner}, {@link dev.codestages.run.DeployAgent}); an action nobody plays
 * fails. {@link dev.codestages.engine.PipelineControl} is the one entry for every change to executions
 * (start, approve, reject, retry, stop, stage transitions), for the CLI, the console and the AWS API.
 * Time comes from one {@link dev.codestages.engine.EngineClock}. It reads the pipeline model only,
 * never a raw YAML key. See docs/engine.md for the AWS pages each behaviour follows.
 */
package dev.codestages.engine;
