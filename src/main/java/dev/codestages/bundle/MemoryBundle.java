package dev.codestages.bundle;

import dev.codestages.appspec.BundlePath;
import dev.codestages.lint.MemoryFile;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A bundle that exists only in memory (a rule's example); links are followed by their text. */
public final class MemoryBundle implements BundleTree {

    private static final int MAX_LINKS = 16;

    private final Map<String, MemoryFile> files = new HashMap<>();

    public MemoryBundle(List<MemoryFile> files) {
        for (MemoryFile file : files) {
            this.files.put(BundlePath.resolve(file.path(), false), file);
        }
    }

    @Override
    public Kind kind(String relative) {
        if (hasLoneSurrogate(relative)) {
            return Kind.UNNAMEABLE;
        }
        String path = follow(relative);
        if (path == null) {
            return Kind.OUTSIDE;
        }
        if (files.containsKey(path)) {
            return files.get(path).link() != null ? Kind.MISSING : Kind.FILE;
        }
        String prefix = path.isEmpty() ? "" : path + "/";
        return files.keySet().stream().anyMatch(p -> p.startsWith(prefix)) ? Kind.DIRECTORY : Kind.MISSING;
    }

    /** The path after following links, null when a link leads out of the bundle. */
    private String follow(String relative) {
        String path = relative;
        for (int i = 0; i < MAX_LINKS; i++) {
            MemoryFile file = files.get(path);
            if (file == null || file.link() == null) {
                return path;
            }
            if (file.link().startsWith("/")) {
                return null;
            }
            int slash = path.lastIndexOf('/');
            String folder = slash < 0 ? "" : path.substring(0, slash + 1);
            path = BundlePath.resolve(folder + file.link(), false);
            if (path == null) {
                return null;
            }
        }
        return path;
    }

    @Override
    public boolean executable(String relative) {
        MemoryFile file = files.get(follow(relative));
        return file != null && file.executable();
    }

    @Override
    public byte[] head(String relative, int max) {
        MemoryFile file = files.get(follow(relative));
        return file == null ? new byte[0] : Arrays.copyOf(file.content(), Math.min(max, file.content().length));
    }

    /** True when the text holds half of a UTF-16 surrogate pair alone, which no file name can hold. */
    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
