package dev.codestages.bundle;

import dev.codestages.yaml.Position;
import java.nio.file.Path;
import java.util.List;

/**
 * What an EC2/On-Premises AppSpec needs from its bundle, kept after its tree is gone: the paths its
 * hooks and files section name, and the sources that are not in the folder.
 *
 * @param display  the AppSpec's display path
 * @param folder   the folder it is in (the bundle root when the build packs it at the root)
 * @param fileName its file name
 * @param needs    every path it needs, relative to the bundle root
 * @param missing  the files sources that are not in the folder
 */
public record AppspecNeeds(String display, Path folder, String fileName, List<Need> needs,
                           List<MissingSource> missing) {

    /** What a needed path must be. */
    public enum NeedKind { FILE, FOLDER, EITHER }

    /** One path the AppSpec needs, and what for ("script of AfterInstall", "files source"). */
    public record Need(String path, NeedKind kind, String what) {
    }

    /** A files source not found in the folder: where it is written and what it says. */
    public record MissingSource(Position at, String text, String path) {
    }
}
