package dev.codestages.pipeline;

/**
 * One arrow of the artifact flow: the artifact {@code artifact} made by {@code producer} (in stage
 * {@code fromStage}) and taken by {@code consumer} (in stage {@code toStage}). Stage and action indexes
 * are 0-based positions in {@link Pipeline#stages()} and {@link Stage#actions()}, so that identical
 * actions stay distinct.
 */
public record ArtifactFlow(String artifact, int fromStage, int producer, int toStage, int consumer) {
}
