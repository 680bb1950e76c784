package dev.codestages.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

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
     * Reads and composes a file. A file over the size limit is not read at all, and no more than the
     * limit is ever read (a file may grow, or report no size, as files under /proc do).
     *
     * @throws IOException only when the file cannot be read (missing, a folder, no permission) or is
     *     not a regular file: a FIFO or a device would block or never end, so it is refused unread
     */
    public LoadedYaml load(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new IOException(file + ": is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new IOException(file + ": not a regular file");
        }
        if (attributes.size() > limits.maxBytes()) {
            return tooLarge(String.format("%,d bytes", attributes.size()));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        }
        if (bytes.length > limits.maxBytes()) {
            return tooLarge(String.format("more than %,d bytes", limits.maxBytes()));
        }
        return load(bytes);
    }

    /** Composes the first document of {@code bytes}; later documents are reported, not read. */
    public LoadedYaml load(byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            return tooLarge(String.format("%,d bytes", bytes.length));
        }
        List<YamlProblem> problems = new ArrayList<>();
        String text = decode(bytes, problems);
        if (text == null) {
            return new LoadedYaml(null, problems);
        }
        SourceText source = new SourceText(text);
        // no line is longer than the whole text, and nearly every file is shorter than the limit
        int[] longest = text.length() > limits.maxLineLength() ? source.longestLine() : null;
        if (longest != null && longest[1] > limits.maxLineLength()) {
            problems.add(new YamlProblem(YamlIssue.LIMIT_EXCEEDED, new Position(longest[0], 1),
                    String.format("line %d is %,d characters long, over the limit of %,d; the file was not read",
                            longest[0], longest[1], limits.maxLineLength()),
                    "break the line up, or move the data to a file of its own"));
            return new LoadedYaml(null, problems);
        }
        Optional<Position> crlf = source.firstCrlf();
        if (crlf.isPresent()) {
            problems.add(new YamlProblem(YamlIssue.CRLF_LINE_ENDINGS, crlf.get(), "file has Windows (CRLF) line endings",
                    "YAML readers accept them, but scripts and diffs suffer; save the file with LF endings"));
        }
        YamlNode root = compose(jsonTabsAsSpaces(text), source, problems);
        return new LoadedYaml(root, problems, text);
    }

    private LoadedYaml tooLarge(String size) {
        return new LoadedYaml(null, List.of(new YamlProblem(YamlIssue.LIMIT_EXCEEDED, Position.START,
                String.format("file is %s, over the limit of %,d bytes; it was not read", size, limits.maxBytes()),
                "a spec file is a few kilobytes; check that this is the file you meant")));
    }

    /**
     * JSON allows tabs between tokens, and hand-written JSON is often tab-indented, but SnakeYAML takes a
     * tab before a token for YAML indentation and fails. In a document that starts as JSON ({@code {} or
     * {@code [}), tabs outside strings become spaces; one character for one keeps every column.
     */
    static String jsonTabsAsSpaces(String text) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first == text.length() || (text.charAt(first) != '{' && text.charAt(first) != '[')
                || text.indexOf('\t') < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        boolean inString = false;
        for (int i = first; i < chars.length; i++) {
            char c = chars[i];
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '\t') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private String decode(byte[] bytes, List<YamlProblem> problems) {
        int offset = 0;
        if (startsWith(bytes, UTF8_BOM)) {
            problems.add(new YamlProblem(YamlIssue.BYTE_ORDER_MARK, Position.START,
                    "file starts with a UTF-8 byte order mark",
                    "remove the BOM: some readers take it as part of the first key"));
            offset = UTF8_BOM.length;
        } else if (wideEncoding(bytes) != null) {
            problems.add(new YamlProblem(YamlIssue.INVALID_UTF8, Position.START,
                    "file is encoded as " + wideEncoding(bytes) + ", not UTF-8", "save the file as UTF-8"));
            return null;
        }
        // The JDK's own decoder is the fast one; it reads a bad byte as U+FFFD, so only a text that holds
        // U+FFFD (never an ASCII or Latin-1 one) is decoded again, strictly, to tell a bad byte from a real U+FFFD.
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0 && !isStrictUtf8(bytes, offset)) {
            problems.add(new YamlProblem(YamlIssue.INVALID_UTF8, positionOfFirstInvalidByte(bytes, offset),
                    "file is not valid UTF-8 (first bad byte here)",
                    "save the file as UTF-8; invalid bytes were read as U+FFFD"));
        }
        return text;
    }

    private static boolean isStrictUtf8(byte[] bytes, int offset) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return true;
        } catch (CharacterCodingException e) {
            return false;
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
        return new SourceText(output.toString()).end();
    }

    /**
     * The wide encoding the first bytes show, by the byte order mark or, without one, by the zero bytes
     * of an ASCII first character (the detection the YAML spec describes); null for anything else.
     */
    private static String wideEncoding(byte[] b) {
        if (b.length >= 4) {
            boolean bigEndian32 = b[0] == 0 && b[1] == 0 && (b[2] == (byte) 0xFE && b[3] == (byte) 0xFF
                    || b[2] == 0 && b[3] != 0);
            boolean littleEndian32 = b[1] == 0 && b[2] == 0 && b[3] == 0 && b[0] != 0
                    || b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0;
            if (bigEndian32 || littleEndian32) {
                return "UTF-32";
            }
        }
        if (b.length >= 2) {
            boolean bom = b[0] == (byte) 0xFE && b[1] == (byte) 0xFF || b[0] == (byte) 0xFF && b[1] == (byte) 0xFE;
            if (bom || b[0] == 0 && b[1] != 0 || b[0] != 0 && b[1] == 0) {
                return "UTF-16";
            }
        }
        return null;
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
        WatchingParser watching = new WatchingParser(parser, limits.maxNodes());
        Composer composer = new Composer(watching, TreeConverter.RESOLVER, options);
        try {
            if (!composer.checkNode()) {
                problems.add(emptyFile());
                return null;
            }
            Node first = composer.getNode();
            YamlNode root = new TreeConverter(limits, problems, source, watching).convert(first);
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
                    "a spec file has a few hundred nodes; this looks like an alias bomb, a recursive alias"
                            + " or generated data"));
            return null;
        } catch (MarkedYAMLException e) {
            problems.add(syntaxProblem(e, source));
            return null;
        } catch (ReaderException e) {
            problems.add(unreadableCharacter(e, source));
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
            String tag = problem.substring(problem.indexOf(':') + 1).trim();
            tag = tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : "!<" + tag + ">";
            return new YamlProblem(YamlIssue.UNSUPPORTED_TAG, at,
                    "tag '" + tag + "' asks the reader to build an object; it is not read here and AWS rejects it",
                    "remove the tag; spec files hold only plain strings, numbers, lists and mappings");
        }
        String message = problem;
        if (e.getContext() != null && e.getContextMark() != null && mark != e.getContextMark()) {
            message = problem + " (" + e.getContext() + " at line " + (e.getContextMark().getLine() + 1) + ")";
        }
        return new YamlProblem(YamlIssue.SYNTAX, at, "invalid YAML: " + message,
                SyntaxHints.hintFor(problem, source.line(at.line())));
    }

    /** SnakeYAML's reader refuses control characters (a NUL, a BEL) and non-characters anywhere in a file. */
    private static YamlProblem unreadableCharacter(ReaderException e, SourceText source) {
        int c = e.getCodePoint();
        String what = Character.isISOControl(c) ? "control character" : "character";
        return new YamlProblem(YamlIssue.SYNTAX, source.positionOfCodePoint(e.getPosition()),
                String.format("invalid YAML: %s U+%04X is not allowed in a YAML file", what, c),
                c == 0 ? "a NUL byte: is this a binary file, or UTF-16 text?"
                        : "remove it; YAML allows only printable characters, tabs and line breaks");
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
