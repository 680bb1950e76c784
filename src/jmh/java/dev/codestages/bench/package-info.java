/**
 * Benchmarks (JMH, built only with {@code mvn -Pbench}): the warm cost of linting and of composing
 * alone, and {@link dev.codestages.bench.BareParse}, the cold-start floor that {@code bench/cold.sh}
 * runs in its own JVM. Nothing in the product depends on this package.
 */
package dev.codestages.bench;
