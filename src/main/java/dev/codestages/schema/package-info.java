/**
 * JSON Schemas (draft-07) for editors, made from the shape tables the linter checks files against
 * ({@code BuildspecSchema}, {@code AppspecSchema}), so that the two cannot drift apart.
 */
package dev.codestages.schema;
