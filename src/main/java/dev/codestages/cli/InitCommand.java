package dev.codestages.cli;

import dev.codestages.config.ConfigExample;
import dev.codestages.config.ConfigFile;
import dev.codestages.run.SampleApp;
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path config = dir.resolve(ConfigFile.NAMES.get(0));
        List<Path> existing = new ArrayList<>(SampleApp.existing(dir));
        if (Files.exists(config)) {
            existing.add(config);
        }
        if (!existing.isEmpty() && !force) {
            err.println("codestages init: these files exist already (use --force to overwrite):");
            existing.forEach(p -> err.println("  " + p));
            return ExitCodes.USAGE;
        }
        try {
            Files.createDirectories(dir);
            for (Path file : SampleApp.write(dir)) {
                out.println("wrote " + file);
            }
            Files.writeString(config, ConfigExample.text());
            out.println("wrote " + config + " (the lint configuration, commented)");
            if (!noGit && !Files.exists(dir.resolve(".git"))) {
                git("init", "-q");
                git("add", "-A");
                git("-c", "user.name=codestages", "-c", "user.email=codestages@localhost", "commit", "-q", "-m",
                        "Sample app from codestages init");
                out.println("created a git repository with one commit");
            }
        } catch (IOException e) {
            err.println("codestages init: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.USAGE;
        }
        out.println();
        out.println("Next: cd " + dir + " && codestages lint . && codestages run --approve");
        out.println("  or the multi-stage pipeline: codestages run --pipeline pipeline.yml --approve");
        out.flush();
        return ExitCodes.OK;
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
