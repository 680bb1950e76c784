package dev.codestages.engine;

import dev.codestages.buildspec.ArtifactSelection;
import dev.codestages.run.ArtifactZipPath;
import dev.codestages.run.SourceCheckout;
import dev.codestages.run.ZipArchives;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CodeCommit source action, played on the local git repository: exports the committed tree of the
 * revision (never uncommitted changes), packs it as the output artifact, and produces the action's
 * variables CommitId, CommitMessage, AuthorDate, CommitterDate, BranchName and RepositoryName
 * (https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference-CodeCommit.html, "Output
 * variables").
 */
final class SourcePlayer implements ActionPlayer {

    @Override
    public ActionOutcome play(ActionRun run) throws IOException, InterruptedException {
        ExecutionSetup setup = run.execution().setup();
        Path workspace = run.workDir().resolve("source");
        SourceCheckout.Source source = SourceCheckout.export(setup.repository(), setup.revision(), workspace);
        run.listener().note("", "revision " + source.commitId() + (source.branch() == null ? "" : " (" + source.branch() + ")"));
        run.execution().sourceVersion(source.commitId());
        if (!run.outputArtifacts().isEmpty()) {
            String name = run.outputArtifacts().get(0);
            Path zip = ArtifactZipPath.of(run.artifactDir(), name); // a name with ../ never leaves the store
            ZipArchives.pack(ArtifactSelection.everything(workspace), zip);
            run.execution().artifact(name, zip);
            // the exported tree too: a zip cannot hold symbolic links, and the build should see them
            run.execution().tree(name, workspace);
        }
        List<String> meta = git(setup.repository(), source.commitId());
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("CommitId", source.commitId());
        variables.put("CommitMessage", meta.size() > 2 ? String.join("\n", meta.subList(2, meta.size())).strip() : "");
        variables.put("AuthorDate", meta.isEmpty() ? "" : meta.get(0));
        variables.put("CommitterDate", meta.size() > 1 ? meta.get(1) : "");
        variables.put("BranchName", run.configuration().getOrDefault("BranchName", source.branch() == null ? "" : source.branch()));
        variables.put("RepositoryName", run.configuration().getOrDefault("RepositoryName",
                String.valueOf(setup.repository().getFileName())));
        return ActionOutcome.succeeded(variables);
    }

    /** Author date, committer date (ISO-8601), then the message lines of {@code commit}. */
    private static List<String> git(Path repository, String commit) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "-C", repository.toString(), "show", "-s", "--format=%aI%n%cI%n%B",
                commit).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (git.waitFor() != 0) {
            throw new IOException("git show " + commit + " failed: " + output.strip());
        }
        return output.lines().toList();
    }
}
