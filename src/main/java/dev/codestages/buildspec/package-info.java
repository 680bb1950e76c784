/**
 * The CodeBuild buildspec: its model over the YAML tree and its schema, the one reading of the file
 * for the rules ({@code buildspec.rules}), the bundle checks and the runner ({@code run}): phases and
 * their commands ({@link dev.codestages.buildspec.BuildPhase}, {@link dev.codestages.buildspec.PhaseCommand}),
 * {@code on-failure} ({@link dev.codestages.buildspec.OnFailure}), env
 * ({@link dev.codestages.buildspec.BuildEnvironment}), artifacts and report files
 * ({@link dev.codestages.buildspec.ArtifactDefinition} with its one glob and one selection), report
 * groups and batch tasks. Depends on {@code yaml} and {@code lint}.
 */
package dev.codestages.buildspec;
