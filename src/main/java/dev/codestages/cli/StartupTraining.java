package dev.codestages.cli;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.Rule;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Rules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run behind the {@code ./codestages} launcher's start-up archive (class-data sharing on
 * Java 17, the AOT cache on Java 25): runs the usual commands once, in this one JVM, on every rule's
 * own bad example, so the JVM records the classes a real run loads (a plain {@code lint} and the
 * picocli path both). It is not a user command; it prints nothing, and whatever goes wrong only
 * leaves the archive smaller. Kept because the archive is the largest start-up win: a one-file lint
 * takes 108 ms without it and 79 ms with it (bench/flags.sh, docs/performance.md).
 */
public final class StartupTraining {

    private static final int ROUNDS = 20;

    /**
     * What real buildspecs hold and the rules' small examples do not: comments, block scalars,
     * indentless lists, flow lists, quoting, a key in the wrong section. Each of these loads parser
     * and rule code that a run would otherwise load from the jar.
     */
    private static final String TYPICAL = """
            # a buildspec in the shape most real ones have
            version: 0.2
            env:
              shell: bash
              variables:
                IMAGE_REPO: "example/app"
                TAGS: '[latest]'
              parameter-store:
                TOKEN: /ci/token
            phases:
              install:
                runtime-versions:
                  java: corretto17
                  nodejs: 18
                commands:
                - npm ci
              pre_build:
                on-failure: ABORT
                commands:
                  - echo Logging in   # inline comment
                  - |
                    if [ -n "$TOKEN" ]; then
                      echo "token set"
                    fi
              build:
                commands:
                  - >-
                    docker build
                    -t $IMAGE_REPO:$CODEBUILD_RESOLVED_SOURCE_VERSION .
                  - ["echo", "flow"]
                finally:
                  - echo done
            build-matrix:
              static:
                ignore-failure: false
            reports:
              unit:
                files:
                  - '**/*.xml'
                file-format: JUNITXML
            artifacts:
              files:
                - target/app.jar
              discard-paths: yes
              secondary-artifacts:
                docs:
                  files: [docs/**/*]
            cache:
              paths:
                - /root/.m2/**/*
            """;

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("codestages-training");
        try {
            List<String> files = writeExamples(folder);
            Path typical = folder.resolve("typical").resolve("buildspec.yml");
            Files.createDirectories(typical.getParent());
            Files.write(typical, TYPICAL.getBytes(StandardCharsets.UTF_8));
            // Repeated: Java 25's AOT cache keeps more of what a run used often (measured: 1,200 files
            // lint about 30 ms faster than after a single pass); Java 17's archive is the same either way.
            for (int i = 0; i < ROUNDS; i++) {
                run("lint", folder.toString());
            }
            run("lint", "--format", "json", folder.toString());
            run("lint", files.get(0));
            run("lint", "--help");
            run("rules");
            run("explain", Rules.all().get(0).id());
            run("--help");
        } finally {
            delete(folder);
        }
        // Last, the real entry point, so the archive also holds what exiting loads (on Java 21+,
        // System.exit sets up System.Logger: some twenty classes).
        Codestages.main(new String[] {"--version"});
    }

    /** Each rule's bad example, in a folder of its own, under the name its kind is found by. */
    private static List<String> writeExamples(Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            RuleInfo info = rule.info();
            String name = switch (info.kind()) {
                case APPSPEC -> "appspec.yml";
                case PIPELINE -> "pipeline.yml"; // found by its content, as a user's pipeline file is
                default -> "buildspec.yml";
            };
            Path bad = folder.resolve(info.id()).resolve(name);
            Path good = folder.resolve(info.id() + "-good").resolve(name);
            Files.createDirectories(bad.getParent());
            Files.createDirectories(good.getParent());
            Files.write(bad, info.badExample().getBytes(StandardCharsets.UTF_8));
            Files.write(good, info.goodExample().getBytes(StandardCharsets.UTF_8));
            files.add(bad.toString());
        }
        return files;
    }

    private static void run(String... args) {
        StringWriter sink = new StringWriter();
        PrintWriter writer = new PrintWriter(sink);
        Codestages.run(args, writer, writer);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
