/**
 * The CodeBuild buildspec: its model over the YAML tree and its schema. Rules live in {@code buildspec.rules}. Depends on {@code yaml} and {@code lint}.
 */
package dev.codestages.buildspec;
