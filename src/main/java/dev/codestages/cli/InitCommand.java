package dev.codestages.cli;

import dev.codestages.codedeploy.lambda.LambdaException;
import dev.codestages.config.ConfigExample;
import dev.codestages.config.ConfigFile;
import dev.codestages.run.SampleApp;
import dev.codestages.run.SampleFleet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code codestages init}: writes a small sample app with a whole pipeline, for a class to start from. */
@Command(name = "init", mixinStandardHelpOptions = true,
        header = "Write a sample app: buildspec.yml, appspec.yml, pipeline.yml, hook scripts, Jenkinsfile, .codestages.yml.",
        description = "Writes a small app whose pipeline lints clean and runs green with 'codestages run"
                + " --approve'. In a folder that is not a git repository yet, it also runs 'git init' and commits"
                + " the files, since the local CodeCommit source is the committed tree.")
final class InitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "where to write it (default: .)")
    private Path dir = Path.of(".");

    @Option(names = "--force", description = "overwrite files that exist")
    private boolean force;

    @Option(names = "--no-git", description = "do not create a git repository")
    private boolean noGit;

    @Option(names = "--fleet", paramLabel = "FLEET", description = "also write pipeline.yml, a template whose"
            + " CodeDeploy group has three instances behind a load balancer: load-balanced (in place) or blue-green")
    private String fleet;

    @Option(names = "--sample", paramLabel = "KIND", description = "app (default): the sample app;"
            + " lambda: a function with two versions, an alias and a canary pipeline (docs/lambda.md);"
            + " ecs: a service deployed blue/green by CodeDeployToECS (docs/ecs.md)")
    private String sample = "app";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (sample.equals("lambda") || sample.equals("ecs")) {
            return computeSample(sample.equals("lambda") ? ComputeSample.LAMBDA : ComputeSample.ECS, out, err);
        }
        if (!sample.equals("app")) {
            err.println("codestages init: --sample is app, lambda or ecs, not '" + sample + "'");
            return ExitCodes.USAGE;
        }
        Path config = dir.resolve(ConfigFile.NAMES.get(0));
        if (fleet != null && !SampleFleet.NAMES.contains(fleet)) {
            err.println("codestages init: --fleet is one of " + String.join(", ", SampleFleet.NAMES) + ", not '"
                    + fleet + "'");
            return ExitCodes.USAGE;
        }
        List<Path> existing = new ArrayList<>(SampleApp.existing(dir));
        if (fleet != null && Files.exists(dir.resolve(SampleFleet.FILE))) {
            existing.add(dir.resolve(SampleFleet.FILE));
        }
        if (Files.exists(config)) {
            existing.add(config);
        }
        if (refusesToOverwrite(existing, err)) {
            return ExitCodes.USAGE;
        }
        return write(() -> {
            for (Path file : SampleApp.write(dir)) {
                out.println("wrote " + file);
            }
            if (fleet != null) {
                out.println("wrote " + SampleFleet.write(dir, fleet) + " (the pipeline, with a " + fleet + " fleet)");
            }
            Files.writeString(config, ConfigExample.text());
            out.println("wrote " + config + " (the lint configuration, commented)");
            commitSample("Sample app from codestages init", out);
        }, out, err, "Next: cd " + dir + " && codestages lint . && codestages run --approve",
                "  or the multi-stage pipeline: codestages run --pipeline pipeline.yml --approve");
    }

    /** Writing one sample into {@code dir}, which exists by then. */
    private interface SampleWriting {
        void run() throws IOException, InterruptedException, LambdaException;
    }

    /** Writes a sample, then says what to do next; a failure is one line on {@code err} and exit code 2. */
    private Integer write(SampleWriting writing, PrintWriter out, PrintWriter err, String... next) {
        try {
            Files.createDirectories(dir);
            writing.run();
        } catch (IOException | LambdaException e) {
            err.println("codestages init: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.USAGE;
        }
        out.println();
        for (String line : next) {
            out.println(line);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** True, once it has said so, when files the sample would write exist and {@code --force} is not given. */
    private boolean refusesToOverwrite(List<Path> existing, PrintWriter err) {
        if (existing.isEmpty() || force) {
            return false;
        }
        err.println("codestages init: these files exist already (use --force to overwrite):");
        existing.forEach(p -> err.println("  " + p));
        return true;
    }

    /** Makes {@code dir} a git repository with the sample as its one commit, unless --no-git or one exists. */
    private void commitSample(String message, PrintWriter out) throws IOException, InterruptedException {
        if (noGit || Files.exists(dir.resolve(".git"))) {
            return;
        }
        git("init", "-q");
        // the samples' pipelines build BranchName main, whatever git's default branch name is here
        git("symbolic-ref", "HEAD", "refs/heads/main");
        git("add", "-A");
        git("-c", "user.name=codestages", "-c", "user.email=codestages@localhost", "commit", "-q", "-m", message);
        out.println("created a git repository with one commit");
    }

    /** {@code --sample lambda|ecs}: a {@link ComputeSample}, committed like the sample app. */
    private Integer computeSample(ComputeSample computeSample, PrintWriter out, PrintWriter err) {
        List<Path> existing = computeSample.existing(dir);
        if (refusesToOverwrite(existing, err)) {
            return ExitCodes.USAGE;
        }
        return write(() -> {
            computeSample.write(dir).forEach(out::println);
            commitSample("Sample from codestages init --sample " + sample, out);
        }, out, err, "Next: cd " + dir + " && " + computeSample.next());
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed; is git installed?");
        }
    }
}
