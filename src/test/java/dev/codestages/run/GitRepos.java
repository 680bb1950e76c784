package dev.codestages.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Throwaway git repositories for runner tests. */
public final class GitRepos {

    private GitRepos() {
    }

    public static String git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=Test",
                "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        List<String> output = new ArrayList<>();
        int code = ProcessRunner.run(command, repo, Map.of(), null, output::add);
        if (code != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed: " + output);
        }
        return output.isEmpty() ? "" : output.get(0);
    }

    public static void init(Path repo) throws IOException, InterruptedException {
        java.nio.file.Files.createDirectories(repo);
        git(repo, "init", "-q", "-b", "main");
    }

    public static String commitAll(Path repo, String message) throws IOException, InterruptedException {
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", message);
        return git(repo, "rev-parse", "HEAD");
    }
}
