/**
 * Safe YAML reading with positions: SnakeYAML's composer turns a file into a read-only tree of nodes with 1-based line and column; limits bound size, depth, aliases and expanded nodes; every problem (syntax, duplicate keys, tabs, BOM, bad UTF-8, empty, several documents, object tags) is returned as a {@link dev.codestages.yaml.YamlProblem}, never thrown; the {@code YAML###} rules of {@code yaml.rules} report them. This package depends on SnakeYAML only.
 */
package dev.codestages.yaml;
