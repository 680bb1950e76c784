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
 * The samples of {@code codestages init --sample lambda|ecs}, each a CloudFormation template with a CodeDeploy
 * application on its compute platform, a deployment group and a pipeline, plus the files it deploys; the
 * functions it needs are published into the folder's function store, so that the command {@link #next()}
 * names plays it green. {@code lambda}: greeter's versions 1 and 2, the alias {@code live} on version 1, a hook
 * function, and a canary that shifts {@code live} to version 2. {@code ecs}: a task definition template, an
 * image detail, a container as a Python server and a hook function, deployed blue/green by CodeDeployToECS.
 * Tests keep both green.
 */
final class ComputeSample {

    /** What a sample publishes into the function store. */
    private interface Publisher {
        String publish(LambdaStore store) throws IOException, LambdaException;
    }

    static final ComputeSample LAMBDA = new ComputeSample("init-lambda", List.of("README.md", ".gitignore",
            "pipeline.yml", "appspec.yaml", "greeter.py", "hooks/smoke_test.py"), store -> {
                String first = store.publishCommand("greeter", "python3 greeter.py Hello").version();
                String second = store.publishCommand("greeter", "python3 greeter.py Hi").version();
                store.setAlias("greeter", "live", first);
                store.publishCommand("smokeTest", "python3 hooks/smoke_test.py");
                return "greeter versions " + first + " and " + second + ", the alias greeter:live on " + first
                        + " and the hook function smokeTest";
            }, "codestages run --pipeline pipeline.yml --time-scale 60");

    static final ComputeSample ECS = new ComputeSample("init-ecs", List.of("README.md", ".gitignore", "pipeline.yml",
            "appspec.yaml", "taskdef.json", "imageDetail.json", "app.py", "hooks/check.py"), store -> {
                store.publishCommand("checkGreen", "python3 hooks/check.py");
                return "the hook function checkGreen";
            }, "codestages run --pipeline pipeline.yml --container greeter-web='python3 app.py' --time-scale 60");

    private final String resources;
    private final List<String> files;
    private final Publisher publisher;
    private final String next;

    private ComputeSample(String resources, List<String> files, Publisher publisher, String next) {
        this.resources = resources;
        this.files = files;
        this.publisher = publisher;
        this.next = next;
    }

    /** The command that plays the sample once written. */
    String next() {
        return next;
    }

    /** The files of the sample that already exist in {@code folder}. */
    List<Path> existing(Path folder) {
        return files.stream().map(folder::resolve).filter(Files::exists).toList();
    }

    /** Writes the sample into {@code folder} and publishes its functions; returns one line per thing done. */
    List<String> write(Path folder) throws IOException, LambdaException {
        List<String> written = new ArrayList<>();
        for (String name : files) {
            Path target = folder.resolve(name);
            Files.createDirectories(target.getParent());
            // Maven leaves dot files out of the jar, so .gitignore is kept as 'gitignore'
            String resource = name.startsWith(".") ? name.substring(1) : name;
            try (InputStream in = ComputeSample.class.getResourceAsStream("/dev/codestages/" + resources + "/"
                    + resource)) {
                if (in == null) {
                    throw new IOException("sample file " + name + " is missing from the codestages jar");
                }
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            written.add("wrote " + target);
        }
        LambdaStore store = LambdaStore.in(folder.resolve(".codestages"));
        written.add("published " + publisher.publish(store) + " into " + store.root());
        return written;
    }
}
