package dev.codestages.lint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The example of a bundle rule ({@code BN###}) describes several files in one text that still reads as
 * the AppSpec it starts with. After the AppSpec, each further file starts with a comment line
 * {@code #=== <path>}, optionally followed by {@code (executable)} or by {@code -> <target>} for a
 * symbolic link, and its lines follow as {@code #| <line>}; {@code <CR>} stands for a carriage return.
 * A first line {@code #=== <name>} names the AppSpec file itself (default: the kind's example name).
 */
public final class ExampleBundle {

    private static final String FILE = "#=== ";
    private static final String LINE = "#|";
    private static final String EXECUTABLE = " (executable)";
    private static final String LINK = " -> ";

    private ExampleBundle() {
    }

    /** The files of the example, the AppSpec first. */
    public static List<MemoryFile> parse(String example, String defaultName) {
        String[] lines = example.split("\n", -1);
        String mainName = lines.length > 0 && lines[0].startsWith(FILE) ? lines[0].substring(FILE.length()).trim()
                : defaultName;
        StringBuilder main = new StringBuilder();
        List<MemoryFile> others = new ArrayList<>();
        String path = null;
        boolean executable = false;
        String link = null;
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith(FILE) && i > 0) {
                if (path != null) {
                    others.add(file(path, content, executable, link));
                }
                String spec = line.substring(FILE.length()).trim();
                link = null;
                executable = spec.endsWith(EXECUTABLE);
                if (executable) {
                    spec = spec.substring(0, spec.length() - EXECUTABLE.length()).trim();
                }
                int arrow = spec.indexOf(LINK);
                if (arrow >= 0) {
                    link = spec.substring(arrow + LINK.length()).trim();
                    spec = spec.substring(0, arrow).trim();
                }
                path = spec;
                content.setLength(0);
            } else if (path != null) {
                if (line.startsWith(LINE)) {
                    String text = line.substring(LINE.length());
                    content.append(text.startsWith(" ") ? text.substring(1) : text).append('\n');
                }
            } else if (i < lines.length - 1 || !line.isEmpty()) {
                main.append(line).append(i < lines.length - 1 ? "\n" : "");
            }
        }
        if (path != null) {
            others.add(file(path, content, executable, link));
        }
        List<MemoryFile> files = new ArrayList<>();
        files.add(new MemoryFile(mainName, ExampleText.bytes(main.toString()), false, null));
        files.addAll(others);
        return files;
    }

    private static MemoryFile file(String path, StringBuilder content, boolean executable, String link) {
        String text = content.toString().replace("<CR>", "\r");
        return new MemoryFile(path, text.getBytes(StandardCharsets.UTF_8), executable, link);
    }
}
