package dev.codestages.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link SourceCheckout}: the committed tree only, any revision, the commit id. */
class SourceCheckoutTest {

    @TempDir
    Path temp;

    @Test
    void exportsTheCommittedTreeNeverUncommittedChanges() throws Exception {
        Path repo = temp.resolve("repo");
        GitRepos.init(repo);
        Files.writeString(repo.resolve("app.txt"), "committed");
        Files.writeString(repo.resolve("run.sh"), "#!/bin/sh\n");
        repo.resolve("run.sh").toFile().setExecutable(true);
        String commit = GitRepos.commitAll(repo, "first");
        Files.writeString(repo.resolve("app.txt"), "edited but not committed");
        Files.writeString(repo.resolve("new.txt"), "untracked");

        SourceCheckout.Source source = SourceCheckout.export(repo, null, temp.resolve("ws"));

        assertThat(source.commitId()).isEqualTo(commit).hasSize(40);
        assertThat(source.branch()).isEqualTo("main");
        assertThat(temp.resolve("ws/app.txt")).hasContent("committed");
        assertThat(temp.resolve("ws/new.txt")).doesNotExist();
        assertThat(temp.resolve("ws/.git")).doesNotExist();
        assertThat(Files.isExecutable(temp.resolve("ws/run.sh"))).isTrue();
    }

    @Test
    void exportsAnEarlierRevision() throws Exception {
        Path repo = temp.resolve("repo");
        GitRepos.init(repo);
        Files.writeString(repo.resolve("app.txt"), "one");
        String first = GitRepos.commitAll(repo, "one");
        Files.writeString(repo.resolve("app.txt"), "two");
        GitRepos.commitAll(repo, "two");

        SourceCheckout.Source source = SourceCheckout.export(repo, first.substring(0, 8), temp.resolve("ws"));

        assertThat(source.commitId()).isEqualTo(first);
        assertThat(temp.resolve("ws/app.txt")).hasContent("one");
    }

    @Test
    void refusesAFolderThatIsNotARepositoryOrHasNoCommit() throws Exception {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        assertThatThrownBy(() -> SourceCheckout.export(plain, null, temp.resolve("ws")))
                .isInstanceOf(IOException.class).hasMessageContaining("not a git repository");
        Path empty = temp.resolve("empty");
        GitRepos.init(empty);
        assertThatThrownBy(() -> SourceCheckout.export(empty, null, temp.resolve("ws2")))
                .isInstanceOf(IOException.class).hasMessageContaining("has anything been committed yet?");
        assertThatThrownBy(() -> SourceCheckout.export(empty, "--upload-pack=evil", temp.resolve("ws3")))
                .isInstanceOf(IOException.class).hasMessageContaining("invalid revision");
    }
}
