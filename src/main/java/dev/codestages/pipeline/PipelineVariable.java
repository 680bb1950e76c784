package dev.codestages.pipeline;

import dev.codestages.yaml.Position;

/**
 * A pipeline-level variable of a V2 pipeline ({@code variables} in the API, {@code Variables} in
 * CloudFormation): actions read it as {@code #{variables.NAME}}, and a pipeline execution may give it a
 * value, else it takes its default.
 *
 * @param name         the variable name
 * @param defaultValue the value when the execution gives none; absent when there is no default
 * @param description  what it is for, absent when not given
 * @param at           where the variable's declaration starts
 * @see <a href="https://docs.aws.amazon.com/codepipeline/latest/userguide/reference-variables.html">Variables reference</a>
 */
public record PipelineVariable(Value name, Value defaultValue, Value description, Position at) {
}
