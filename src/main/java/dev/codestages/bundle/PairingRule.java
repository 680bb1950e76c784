package dev.codestages.bundle;

import dev.codestages.lint.ModelRule;

/**
 * A bundle rule ({@code BN###}) whose model is a {@link Pairing}: an AppSpec and the buildspecs in its folder
 * or above whose artifacts may become its bundle, checked once every file of a run has been seen. Its context
 * reports in the AppSpec's file; {@code context.inFile(buildspec.display())} reports in a buildspec's.
 */
public interface PairingRule extends ModelRule<Pairing> {
}
