package dev.codestages.run;

import dev.codestages.appspec.AppspecFileNames;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * DownloadBundle: puts a revision (a zip, as CodePipeline stores it, or a folder) into the
 * deployment's {@code deployment-archive}. Entries that would land outside it ("zip slip") are
 * refused; a single wrapping top-level folder holding the appspec is stripped, as the agent does.
 */
final class BundleExtractor {

    private BundleExtractor() {
    }

    static void extract(Path bundle, Path archive) throws IOException {
        Files.createDirectories(archive);
        if (Files.isDirectory(bundle)) {
            copyFolder(bundle, archive);
        } else {
            unzip(bundle, archive);
        }
        stripWrappingFolder(archive);
    }

    private static void unzip(Path zip, Path archive) throws IOException {
        ZipArchives.unpack(zip, archive);
    }

    /** Copies a folder bundle; links are copied as links only when they stay inside the bundle. */
    private static void copyFolder(Path bundle, Path archive) throws IOException {
        Path source = bundle.toRealPath();
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.getFileName() != null && dir.getFileName().toString().equals(".git") && !dir.equals(source)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(archive.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = archive.resolve(source.relativize(file).toString());
                if (attrs.isSymbolicLink()) {
                    if (Files.exists(file) && file.toRealPath().startsWith(source)) {
                        Files.copy(file, target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.REPLACE_EXISTING);
                    }
                } else if (attrs.isRegularFile()) {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void stripWrappingFolder(Path archive) throws IOException {
        if (hasAppspec(archive)) {
            return;
        }
        List<Path> children;
        try (Stream<Path> list = Files.list(archive)) {
            children = list.toList();
        }
        if (children.size() == 1 && Files.isDirectory(children.get(0), LinkOption.NOFOLLOW_LINKS)
                && hasAppspec(children.get(0))) {
            Path wrapper = children.get(0);
            Path moved = archive.resolveSibling(archive.getFileName() + ".wrapper");
            Files.move(wrapper, moved);
            Files.delete(archive);
            Files.move(moved, archive);
        }
    }

    private static boolean hasAppspec(Path folder) {
        for (String name : AppspecFileNames.EC2) {
            if (Files.exists(folder.resolve(name))) {
                return true;
            }
        }
        return false;
    }
}
