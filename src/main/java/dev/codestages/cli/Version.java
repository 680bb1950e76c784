package dev.codestages.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (the build sets it), or "development" when run from classes. */
final class Version implements IVersionProvider {

    static String current() {
        String version = Codestages.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"codestages " + current()};
    }
}
