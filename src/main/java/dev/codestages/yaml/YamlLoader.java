package dev.codestages.yaml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a YAML (or JSON) file into a {@link YamlNode} tree with positions, using only SnakeYAML's
 * composer: events become nodes, and nodes never become Java objects. Every problem on the way, from
 * bad bytes to a syntax error, is returned as a {@link YamlProblem}; nothing about the file's content
 * is ever thrown.
 */
public final class YamlLoader {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final YamlLimits limits;

    public YamlLoader() {
        this(YamlLimits.DEFAULT);
    }

    public YamlLoader(YamlLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads and composes a file. A file over the size limit is not read at all.
     *
     * @throws IOException only when the file cannot be read (missing, a folder, no permission)
     */
    public LoadedYaml load(Path file) throws IOException {
        long size = Files.size(file);
        if (size > limits.maxBytes()) {
            return new LoadedYaml(null, List.of(new YamlProblem(YamlIssue.LIMIT_EXCEEDED, Position.START,
                    String.format("file is %,d bytes, over the limit of %,d bytes; it was not read", size,
                            limits.maxBytes()),
                    "a spec file is a few kilobytes; check that this is the file you meant")));
        }
        return load(Files.readAllBytes(file));
    }

    /** Composes the first document of {@code bytes}; later documents are reported, not read. */
    public LoadedYaml load(byte[] bytes) {
        List<YamlProblem> problems = new ArrayList<>();
        if (bytes.length > limits.maxBytes()) {
            problems.add(new YamlProblem(YamlIssue.LIMIT_EXCEEDED, Position.START,
                    String.format("file is %,d bytes, over the limit of %,d bytes; it was not read", bytes.length,
                            limits.maxBytes())));
            return new LoadedYaml(null, problems);
        }
        String text = decode(bytes, problems);
        if (text == null) {
            return new LoadedYaml(null, problems);
        }
        SourceText source = new SourceText(text);
        source.firstCrlf().ifPresent(at -> problems.add(new YamlProblem(YamlIssue.CRLF_LINE_ENDINGS, at,
                "file has Windows (CRLF) line endings",
                "YAML readers accept them, but scripts and diffs suffer; save the file with LF endings")));
        YamlNode root = compose(flowDocument(text) ? untabIndentation(text) : text, source, problems);
        return new LoadedYaml(root, problems);
    }

    /** True for a document written in flow style from its first character, such as a JSON file. */
    private static boolean flowDocument(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    /**
     * The text with tabs in line indentation turned into spaces, one for one, so that every position
     * stays the same. YAML (and libyaml, which the CodeDeploy agent uses) allows tabs as white space
     * inside flow collections, so tab-indented JSON is valid; SnakeYAML's scanner rejects a tab at the
     * start of a line even there.
     */
    private static String untabIndentation(String text) {
        StringBuilder out = new StringBuilder(text);
        boolean lineStart = true;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\n') {
                lineStart = true;
            } else if (lineStart && c == '\t') {
                out.setCharAt(i, ' ');
            } else if (c != ' ' && c != '\r') {
                lineStart = false;
            }
        }
        return out.toString();
    }

    private String decode(byte[] bytes, List<YamlProblem> problems) {
        int offset = 0;
        if (startsWith(bytes, UTF8_BOM)) {
            problems.add(new YamlProblem(YamlIssue.BYTE_ORDER_MARK, Position.START,
                    "file starts with a UTF-8 byte order mark",
                    "remove the BOM: some readers take it as part of the first key"));
            offset = UTF8_BOM.length;
        } else if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            problems.add(new YamlProblem(YamlIssue.INVALID_UTF8, Position.START,
                    "file is encoded as UTF-16, not UTF-8", "save the file as UTF-8"));
            return null;
        }
        ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(input).toString();
        } catch (CharacterCodingException e) {
            Position at = positionOfFirstInvalidByte(bytes, offset);
            problems.add(new YamlProblem(YamlIssue.INVALID_UTF8, at,
                    "file is not valid UTF-8 (first bad byte here)",
                    "save the file as UTF-8; invalid bytes were read as U+FFFD"));
            return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        }
    }

    private static Position positionOfFirstInvalidByte(byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer output = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(input, output, true);
        output.flip();
        int line = 1;
        int column = 1;
        while (output.hasRemaining()) {
            char c = output.get();
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new Position(line, column);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private YamlNode compose(String text, SourceText source, List<YamlProblem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // the tree converter reports each duplicate with its position
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        ParserImpl parser = new ParserImpl(new StreamReader(text), options);
        Composer composer = new Composer(parser, new Resolver(), options);
        try {
            if (!composer.checkNode()) {
                problems.add(emptyFile());
                return null;
            }
            Node first = composer.getNode();
            YamlNode root = new TreeConverter(limits, problems).convert(first);
            if (!parser.checkEvent(Event.ID.StreamEnd)) {
                Event next = parser.peekEvent();
                problems.add(new YamlProblem(YamlIssue.SEVERAL_DOCUMENTS, position(next.getStartMark()),
                        "file holds more than one YAML document; only the first is read",
                        "remove the '---' line and what follows, or split the file"));
            }
            if (root instanceof YamlScalar scalar && scalar.isNull()) {
                problems.add(emptyFile());
                return null;
            }
            if (!(root instanceof YamlMapping)) {
                problems.add(new YamlProblem(YamlIssue.ROOT_NOT_MAPPING, root.start(),
                        "the document is " + root.describe() + ", but a spec file must be a mapping of keys",
                        "start the file with 'version:' at column 1"));
            }
            return root;
        } catch (TreeConverter.TooLarge e) {
            problems.add(new YamlProblem(YamlIssue.LIMIT_EXCEEDED, Position.START, e.getMessage(),
                    "this looks like an alias bomb or a recursive structure; spec files need neither"));
            return null;
        } catch (MarkedYAMLException e) {
            problems.add(syntaxProblem(e, source));
            return null;
        } catch (YAMLException e) {
            problems.add(limitOrSyntax(e));
            return null;
        } catch (StackOverflowError e) {
            problems.add(new YamlProblem(YamlIssue.LIMIT_EXCEEDED, Position.START,
                    "file nests too deeply to be read", null));
            return null;
        }
    }

    private static YamlProblem emptyFile() {
        return new YamlProblem(YamlIssue.EMPTY_FILE, Position.START, "file is empty",
                "AWS rejects an empty spec file; start it with 'version:'");
    }

    private YamlProblem syntaxProblem(MarkedYAMLException e, SourceText source) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Position at = mark == null ? Position.START : position(mark);
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        if (source.tabInIndentation(at.line()).isPresent()) {
            Position tab = source.tabInIndentation(at.line()).get();
            return new YamlProblem(YamlIssue.TAB_INDENTATION, tab,
                    "tab character in indentation; YAML allows only spaces there",
                    "replace the tab with spaces");
        }
        if (problem.startsWith("Global tag is not allowed")) {
            String tag = problem.substring(problem.lastIndexOf(':') + 1).trim();
            return new YamlProblem(YamlIssue.UNSUPPORTED_TAG, at,
                    "tag '!!" + tag + "' asks the reader to build an object; it is not read here and AWS rejects it",
                    "remove the tag; spec files hold only plain strings, numbers, lists and mappings");
        }
        String message = problem;
        if (e.getContext() != null && e.getContextMark() != null && mark != e.getContextMark()) {
            message = problem + " (" + e.getContext() + " at line " + (e.getContextMark().getLine() + 1) + ")";
        }
        return new YamlProblem(YamlIssue.SYNTAX, at, "invalid YAML: " + message,
                SyntaxHints.hintFor(problem, source.line(at.line())));
    }

    private YamlProblem limitOrSyntax(YAMLException e) {
        String message = String.valueOf(e.getMessage());
        boolean limit = message.contains("Nesting Depth") || message.contains("aliases")
                || message.contains("code points") || message.contains("exceeds the limit");
        if (limit) {
            return new YamlProblem(YamlIssue.LIMIT_EXCEEDED, Position.START,
                    "file exceeds a reading limit: " + message.replace('\n', ' '),
                    String.format("limits: depth %d, %d aliases, %,d nodes", limits.maxDepth(), limits.maxAliases(),
                            limits.maxNodes()));
        }
        return new YamlProblem(YamlIssue.SYNTAX, Position.START, "invalid YAML: " + message.replace('\n', ' '),
                null);
    }

    static Position position(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
