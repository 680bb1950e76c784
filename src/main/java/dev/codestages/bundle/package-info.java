/**
 * Checks across files ({@code BN###}): an AppSpec against the revision bundle it sits in, read through
 * {@link dev.codestages.bundle.BundleTree}, which never reads outside the bundle, and against the
 * artifacts of the buildspecs linted with it. Depends on {@code appspec}, {@code buildspec},
 * {@code lint} and {@code yaml}.
 */
package dev.codestages.bundle;
