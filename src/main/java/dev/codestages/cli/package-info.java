/**
 * The picocli commands of {@code codestages}. Each reads its options, calls the library, picks a writer and returns an exit code; only {@link dev.codestages.cli.Codestages#main} exits. Nothing depends on this package.
 */
package dev.codestages.cli;
