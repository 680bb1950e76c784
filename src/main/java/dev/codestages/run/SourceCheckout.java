package dev.codestages.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CodeCommit source action: takes the committed tree of a revision (HEAD by default) of a git
 * repository — never uncommitted changes — and exports it into a fresh workspace with
 * {@code git archive}, modes and symbolic links included. Its commit id becomes the source revision.
 */
public final class SourceCheckout {

    /** The exported source: where it is, the full commit id and the branch (or null when detached). */
    public record Source(Path directory, String commitId, String branch) {
    }

    private SourceCheckout() {
    }

    /**
     * Exports {@code revision} (a branch, tag or commit; null for HEAD) of {@code repository} into
     * {@code destination}, which must not exist yet or be empty.
     *
     * @throws IOException when the folder is not a git repository, the revision does not exist or git fails
     */
    public static Source export(Path repository, String revision, Path destination)
            throws IOException, InterruptedException {
        String rev = revision == null ? "HEAD" : revision;
        String commit = resolve(repository, revision);
        String branch = git(repository, "symbolic-ref", "--quiet", "--short", "HEAD");
        Files.createDirectories(destination);
        List<String> output = new ArrayList<>();
        int code = ProcessRunner.run(List.of("bash", "-c", "git -C \"$1\" archive --format=tar \"$2\" | tar -x -C \"$3\"",
                "export", repository.toString(), commit, destination.toString()), repository, Map.of(), null,
                output::add);
        if (code != 0) {
            throw new IOException("git archive failed: " + String.join(" ", output));
        }
        return new Source(destination, commit, revision == null && !branch.isEmpty() ? branch : rev);
    }

    /**
     * The full commit id of {@code revision} (null for HEAD).
     *
     * @throws IOException when the folder is not a git repository or has no such commit
     */
    public static String resolve(Path repository, String revision) throws IOException, InterruptedException {
        String rev = revision == null ? "HEAD" : revision;
        if (rev.startsWith("-")) {
            throw new IOException("invalid revision '" + rev + "'");
        }
        String commit = git(repository, "rev-parse", "--verify", "--quiet", rev + "^{commit}");
        if (commit.isEmpty()) {
            throw new IOException("'" + rev + "' is not a commit of the git repository in " + repository
                    + (revision == null ? " (has anything been committed yet?)" : ""));
        }
        return commit;
    }

    /**
     * The tip of {@code branch} in {@code repository}: what CodeCommit builds for a source action's
     * BranchName, whatever HEAD or the work tree hold.
     *
     * @throws IOException when the repository has no such branch
     */
    public static String branchTip(Path repository, String branch) throws IOException, InterruptedException {
        if (branch.isEmpty() || branch.startsWith("-")) {
            throw new IOException("invalid branch name '" + branch + "'");
        }
        String commit = git(repository, "rev-parse", "--verify", "--quiet", "refs/heads/" + branch + "^{commit}");
        if (commit.isEmpty()) {
            throw new IOException("the branch '" + branch + "' does not exist in the git repository " + repository
                    + " (branches: " + String.join(", ", lines(repository, "for-each-ref", "--format=%(refname:short)",
                    "refs/heads/")) + ")");
        }
        return commit;
    }

    /** True when {@code folder} is the top of a git work tree or a bare repository. */
    public static boolean isRepository(Path folder) throws IOException, InterruptedException {
        return Files.isDirectory(folder) && (Files.exists(folder.resolve(".git")) || Files.isRegularFile(folder.resolve("HEAD"))
                && Files.isDirectory(folder.resolve("objects")));
    }

    /**
     * The paths with changes that are not committed (staged, unstaged or untracked, as {@code git status}
     * shows them), sorted, leaving out the folder {@code excluded} (the execution store, when it lies in
     * the repository; null for none): they are not part of an execution, which takes commits only.
     */
    public static List<String> uncommittedChanges(Path repository, Path excluded) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("status", "--porcelain", "--untracked-files=all", "--", "."));
        Path top = repository.toRealPath();
        Path inside = excluded == null || !Files.exists(excluded) ? null : excluded.toRealPath();
        if (inside != null && inside.startsWith(top) && !inside.equals(top)) {
            command.add(":(exclude)" + top.relativize(inside));
        }
        List<String> changes = new ArrayList<>();
        for (String line : lines(repository, command.toArray(String[]::new))) {
            if (line.length() > 3) {
                changes.add(line.substring(3));
            }
        }
        changes.sort(null);
        return changes;
    }

    /**
     * A clone of {@code repository} in {@code destination} with {@code commit} checked out on
     * {@code branch} (a detached HEAD when null): the Git repository a CodeBuild action gets from a
     * CODEBUILD_CLONE_REF source, with the whole history.
     */
    public static void cloneAt(Path repository, String commit, String branch, Path destination)
            throws IOException, InterruptedException {
        Files.createDirectories(destination.getParent());
        List<String> output = new ArrayList<>();
        int code = ProcessRunner.run(List.of("git", "clone", "--quiet", "--no-checkout", "--", repository.toString(),
                destination.toString()), destination.getParent(), Map.of("GIT_TERMINAL_PROMPT", "0"), null, output::add);
        if (code == 0) {
            List<String> checkout = branch == null ? List.of("git", "-C", destination.toString(), "checkout", "--quiet", commit)
                    : List.of("git", "-C", destination.toString(), "checkout", "--quiet", "-B", branch, commit);
            code = ProcessRunner.run(checkout, destination, Map.of(), null, output::add);
        }
        if (code != 0) {
            throw new IOException("git clone of " + repository + " at " + commit + " failed: " + String.join(" ", output));
        }
    }

    private static List<String> lines(Path repository, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(args));
        List<String> output = new ArrayList<>();
        int code = ProcessRunner.run(command, repository, Map.of("GIT_TERMINAL_PROMPT", "0"), null, output::add);
        return code == 0 ? output : List.of();
    }

    private static String git(Path repository, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(args));
        List<String> output = new ArrayList<>();
        int code = ProcessRunner.run(command, repository, Map.of("GIT_TERMINAL_PROMPT", "0"), null, output::add);
        if (code != 0) {
            if (args[0].equals("symbolic-ref")) {
                return "";
            }
            if (output.stream().anyMatch(l -> l.contains("not a git repository"))) {
                throw new IOException(repository + " is not a git repository (CodeCommit is git: run 'git init' and commit)");
            }
            return "";
        }
        return output.isEmpty() ? "" : output.get(0).strip();
    }
}
