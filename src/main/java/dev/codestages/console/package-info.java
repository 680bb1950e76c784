/**
 * {@code codestages console}: the CodePipeline console, offline, in a browser. A local web server (the
 * JDK's {@code com.sun.net.httpserver}, bound to 127.0.0.1) serves one page drawn from the execution
 * store: the pipeline as {@code diagram --format svg} draws it, coloured by the latest execution, panels
 * for stages, actions, approvals, build phases, deployments, logs and the history, and the project's lint
 * findings. {@link dev.codestages.console.StoreWatcher} polls {@code <store>/executions/*}{@code /state.json}
 * and pushes each change to the page as a server-sent event; every state-changing request goes through
 * the same engine methods as the CLI commands and must carry the console's per-start token and pass a
 * same-origin and Host check ({@link dev.codestages.console.RequestGuard}). Only the {@code console}
 * command loads this package, so {@code lint} starts no slower. See docs/console.md.
 */
package dev.codestages.console;
