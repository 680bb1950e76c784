package dev.codestages.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The fleets {@code codestages init --fleet} can add to the sample app: a CloudFormation template,
 * {@code pipeline.yml}, whose pipeline deploys to a CodeDeploy group of three instances behind a load
 * balancer, in place ({@code load-balanced}) or blue/green ({@code blue-green}), so that a class can
 * watch each instance leave and join the local load balancer.
 */
public final class SampleFleet {

    /** The fleets there are. */
    public static final List<String> NAMES = List.of("load-balanced", "blue-green");

    /** The file the template is written to. */
    public static final String FILE = "pipeline.yml";

    private SampleFleet() {
    }

    /** Writes the template of fleet {@code name} into {@code folder}; returns the file written. */
    public static Path write(Path folder, String name) throws IOException {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no sample fleet '" + name + "'; there are " + String.join(", ", NAMES));
        }
        Path target = folder.resolve(FILE);
        try (InputStream in = SampleFleet.class.getResourceAsStream("/dev/codestages/init/fleet/" + name + ".yml")) {
            if (in == null) {
                throw new IOException("sample fleet " + name + " is missing from the codestages jar");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
