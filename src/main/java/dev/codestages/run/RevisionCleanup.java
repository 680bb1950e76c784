package dev.codestages.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps a deployment group's folder from growing without end, as the agent does at DownloadBundle
 * (aws-codedeploy-agent, lib/instance_agent/plugins/codedeploy/command_executor.rb,
 * {@code cleanup_old_archives}; {@code ARCHIVES_TO_RETAIN = 5}, the {@code :max_revisions} setting):
 * with the new deployment's folder counted, at most {@link #KEEP} remain; the oldest others (by
 * modification time) are deleted, never the last successful deployment. The last successful install
 * is kept too, since ApplicationStop runs its scripts. Nothing is deleted through a link.
 */
final class RevisionCleanup {

    /** The agent's default number of revisions kept per deployment group. */
    static final int KEEP = 5;

    private RevisionCleanup() {
    }

    /** Deletes the oldest deployment folders next to {@code current}, except those in {@code keep}. */
    static void run(InstanceRoot instance, Path current, Set<Path> keep) throws IOException {
        Path group = current.getParent();
        if (!instance.isLinkFree(group)) {
            return;
        }
        List<Path> others = new ArrayList<>();
        try (Stream<Path> entries = Files.list(group)) {
            entries.filter(entry -> !entry.equals(current)).forEach(others::add);
        }
        int extra = others.size() - KEEP + 1;
        if (extra <= 0) {
            return;
        }
        others.removeIf(entry -> keep.stream().anyMatch(kept -> kept.startsWith(entry)));
        others.sort(Comparator.comparing(RevisionCleanup::modified));
        for (Path old : others.subList(0, Math.min(extra, others.size()))) {
            Trees.delete(old);
        }
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
