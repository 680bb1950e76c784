package dev.codestages.lint;

import dev.codestages.yaml.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code # codestages-disable...} comments of one file, as eslint's are written:
 * {@code codestages-disable-line ID[,ID]} on the line it ends, {@code codestages-disable-next-line ID}
 * on the line after it, {@code codestages-disable ID} from its line to the end of the file; no id
 * means every rule, and text after {@code --} is the reason, for people. Comments are not in the YAML
 * tree, so the text is scanned: a {@code #} at the start of a line or after a space starts a comment,
 * as in YAML. Each comment remembers which of its ids suppressed something, so one that suppresses
 * nothing can be reported ({@code YAML012}), as eslint's {@code --report-unused-disable-directives} does.
 */
public final class InlineSuppressions {

    /** The text every directive contains: a file without it is not scanned line by line. */
    static final String MARKER = "codestages-disable";

    private static final Pattern DIRECTIVE =
            Pattern.compile("(?:^|\\s)(#\\s*codestages-disable(-line|-next-line)?)(?=\\s|$)(.*)$");
    private static final String ALL = "*";

    private final List<Directive> directives;

    private InlineSuppressions(List<Directive> directives) {
        this.directives = directives;
    }

    /** The directives in {@code text}; null when there is none (or no text). */
    public static InlineSuppressions scan(String text) {
        if (text == null || !text.contains(MARKER)) {
            return null;
        }
        List<Directive> found = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = DIRECTIVE.matcher(lines[i]);
            if (!matcher.find()) {
                continue;
            }
            int line = i + 1;
            String form = matcher.group(2);
            int from = "-next-line".equals(form) ? line + 1 : line;
            int to = form == null ? Integer.MAX_VALUE : from;
            Position at = new Position(line, lines[i].codePointCount(0, matcher.start(1)) + 1);
            found.add(new Directive(at, from, to, ids(matcher.group(3))));
        }
        return found.isEmpty() ? null : new InlineSuppressions(found);
    }

    private static Map<String, Boolean> ids(String rest) {
        int reason = rest.indexOf("--");
        String list = (reason < 0 ? rest : rest.substring(0, reason)).strip();
        Map<String, Boolean> ids = new LinkedHashMap<>();
        if (list.isEmpty()) {
            ids.put(ALL, false);
        } else {
            for (String id : list.split("[,\\s]+")) {
                if (!id.isEmpty()) {
                    ids.put(id.toUpperCase(Locale.ROOT), false);
                }
            }
        }
        return ids;
    }

    /** True, and the directive marked used, when a directive covers {@code finding}'s line and rule. */
    public synchronized boolean suppresses(Finding finding) {
        boolean suppressed = false;
        for (Directive directive : directives) {
            if (finding.line() < directive.fromLine || finding.line() > directive.toLine) {
                continue;
            }
            for (String key : List.of(finding.rule(), ALL)) {
                if (directive.ids.containsKey(key)) {
                    directive.ids.put(key, true);
                    suppressed = true;
                }
            }
        }
        return suppressed;
    }

    /** One finding for each id of a directive that suppressed nothing, at the directive (rule YAML012). */
    public synchronized List<Finding> unused(String file) {
        FindingCollector out = new FindingCollector(file);
        RuleContext unused = out.forRule(ReviewRuleDocs.UNUSED_SUPPRESSION);
        for (Directive directive : directives) {
            for (Map.Entry<String, Boolean> id : directive.ids.entrySet()) {
                if (id.getValue()) {
                    continue;
                }
                String what = id.getKey().equals(ALL) ? "every rule" : id.getKey();
                String message = id.getKey().equals(ALL) || Rules.byId(id.getKey()).isPresent()
                        ? "the suppression of " + what + " suppresses nothing"
                        : "the suppression names no rule: '" + id.getKey() + "'";
                unused.report(directive.at, message,
                        "remove it, or the id from it, so that it cannot hide a later finding");
            }
        }
        return out.findings();
    }

    private record Directive(Position at, int fromLine, int toLine, Map<String, Boolean> ids) {
    }
}
