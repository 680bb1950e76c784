package dev.codestages.cli;

import dev.codestages.codedeploy.lambda.LambdaException;
import dev.codestages.codedeploy.lambda.LambdaStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The Lambda sample of {@code codestages init --sample lambda}: a function (greeter.py), a hook function, a
 * Lambda AppSpec and a CloudFormation template with a CodeDeploy application on the Lambda compute platform, a
 * canary deployment group and a pipeline; and, in the folder's function store, greeter's versions 1 and 2, the
 * alias {@code live} on version 1 and the hook function, so that {@code codestages run --pipeline pipeline.yml}
 * shifts {@code live} to version 2 by a canary. A test keeps it green.
 */
final class LambdaSample {

    /** Every file of the sample, relative to the folder it is written to. */
    static final List<String> FILES = List.of("README.md", ".gitignore", "pipeline.yml", "appspec.yaml", "greeter.py",
            "hooks/smoke_test.py");

    private LambdaSample() {
    }

    /** The files of the sample that already exist in {@code folder}. */
    static List<Path> existing(Path folder) {
        return FILES.stream().map(folder::resolve).filter(Files::exists).toList();
    }

    /** Writes the sample into {@code folder} and publishes its functions; returns what it wrote. */
    static List<String> write(Path folder) throws IOException, LambdaException {
        List<String> written = new ArrayList<>();
        for (String name : FILES) {
            Path target = folder.resolve(name);
            Files.createDirectories(target.getParent());
            // Maven leaves dot files out of the jar, so .gitignore is kept as 'gitignore'
            String resource = name.startsWith(".") ? name.substring(1) : name;
            try (InputStream in = LambdaSample.class.getResourceAsStream("/dev/codestages/init-lambda/" + resource)) {
                if (in == null) {
                    throw new IOException("sample file " + name + " is missing from the codestages jar");
                }
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            written.add("wrote " + target);
        }
        LambdaStore store = LambdaStore.in(folder.resolve(".codestages"));
        String first = store.publishCommand("greeter", "python3 greeter.py Hello").version();
        String second = store.publishCommand("greeter", "python3 greeter.py Hi").version();
        store.setAlias("greeter", "live", first);
        store.publishCommand("smokeTest", "python3 hooks/smoke_test.py");
        written.add("published greeter versions " + first + " and " + second + ", the alias greeter:live on "
                + first + " and the hook function smokeTest into " + store.root());
        return written;
    }
}
