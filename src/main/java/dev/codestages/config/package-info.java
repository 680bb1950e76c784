/**
 * A project's {@code .codestages.yml}: which rules are off or at another severity (everywhere or under
 * some paths), which paths are not linted, and the defaults of {@code lint}'s options. Read with the
 * project's own YAML loader, so a mistake in it is reported at its line and column.
 */
package dev.codestages.config;
