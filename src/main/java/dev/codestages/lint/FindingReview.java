package dev.codestages.lint;

import dev.codestages.yaml.Position;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The last pass over one file's findings, where the evidence decides what they are worth: a file that is
 * a template is not invalid YAML but a file to render first (YAML013); a value rule's finding on a
 * placeholder becomes one placeholder finding (YAML014); a file whose kind cannot be told says so
 * (YAML015); an example value of the AWS documentation is reported wherever it sits (YAML016); a
 * duplicate key is an error only where the reader is known to refuse it (YAML002). Placeholder findings
 * follow {@link LintOptions#placeholders()}.
 */
public final class FindingReview {

    private static final String TEMPLATE_ID = "YAML013";
    private static final String PLACEHOLDER_ID = "YAML014";
    private static final String UNKNOWN_KIND_ID = "YAML015";
    private static final String AWS_EXAMPLE_ID = "YAML016";

    /** Rules whose subject is the placeholder itself: their findings stay as they are. */
    private static final Set<String> ABOUT_PLACEHOLDERS = Set.of("AS052", "BS022", "BS030", "BS049");

    /**
     * Rules that check a key against a fixed set of names (phases, runtimes, the keys of a structure,
     * lifecycle events, configuration keys): their findings are about the key, never about its value, and
     * only a key of a placeholder shape ({@link Placeholders#inKey}) turns one into a placeholder finding,
     * so that a misspelt name next to a placeholder value is still reported.
     */
    private static final Set<String> ABOUT_KEY_NAMES = Set.of("BS006", "BS007", "BS044", "AS006", "AS011", "PL001",
            "PL029");

    private FindingReview() {
    }

    /**
     * Reviews the findings of one file in place.
     *
     * @param text the file's text, read only when a YAML001 finding needs it
     */
    static void review(String file, FileKind kind, YamlMapping root, Supplier<String> text, LintOptions options,
                       List<Finding> findings) {
        PlaceholderPolicy policy = options.placeholders();
        Severity placeholderSeverity = policy == PlaceholderPolicy.ERROR ? Severity.ERROR : Severity.WARNING;
        boolean cloudFormation = root != null && root.has("Resources") && kind == FileKind.PIPELINE;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.rule().equals("YAML002") && cloudFormation) {
                findings.set(i, withSeverity(f, Severity.ERROR));
            }
        }
        reviewTemplate(text, policy, placeholderSeverity, findings);
        if (root == null) {
            return;
        }
        if (kind == FileKind.UNKNOWN) {
            findings.add(unknownKind(file, root));
        }
        reviewPlaceholders(file, kind, root, policy, placeholderSeverity, findings);
    }

    private static void reviewTemplate(Supplier<String> text, PlaceholderPolicy policy, Severity severity,
                                       List<Finding> findings) {
        boolean syntaxError = false;
        for (int i = 0; i < findings.size() && !syntaxError; i++) {
            syntaxError = findings.get(i).rule().equals("YAML001");
        }
        if (!syntaxError || !Placeholders.isTemplateText(text.get())) {
            return;
        }
        List<Finding> reviewed = new ArrayList<>();
        for (Finding f : findings) {
            if (!f.rule().equals("YAML001")) {
                reviewed.add(f);
            } else if (policy != PlaceholderPolicy.IGNORE) {
                reviewed.add(new Finding(TEMPLATE_ID, severity, f.file(), f.at(),
                        "template: lint the rendered file (it holds template markers such as '{{' or '{%',"
                                + " and is not YAML until a tool fills them in: " + f.message() + ")",
                        "lint the file the template renders to, or keep it out of the lint with an ignore entry"));
            }
        }
        findings.clear();
        findings.addAll(reviewed);
    }

    private static Finding unknownKind(String file, YamlMapping root) {
        String hint = "name it on the command line with --type buildspec|appspec|pipeline";
        if (root.has("pipelines")) {
            hint = "this looks like 'aws codepipeline list-pipelines' output; lint the 'get-pipeline' output"
                    + " instead, or " + hint;
        } else {
            for (YamlEntry entry : root.entries()) {
                String suggestion = DidYouMean.suggest(entry.keyText(), List.of("pipeline", "phases", "hooks",
                        "Resources", "stages"));
                if (suggestion != null && !suggestion.equals(entry.keyText())) {
                    hint = "the top key '" + entry.keyText() + "' looks like '" + suggestion + "'; fix it, or "
                            + hint;
                    break;
                }
            }
        }
        return new Finding(UNKNOWN_KIND_ID, Severity.ERROR, file, root.start(),
                "cannot tell what kind of file this is: not a buildspec ('phases'), an appspec ('hooks', 'files',"
                        + " 'Resources') or a pipeline ('pipeline' with 'stages', or an AWS::CodePipeline::Pipeline"
                        + " resource), so nothing was checked", hint);
    }

    private static void reviewPlaceholders(String file, FileKind kind, YamlMapping root, PlaceholderPolicy policy,
                                           Severity severity, List<Finding> findings) {
        boolean valueFindings = false;
        for (int i = 0; i < findings.size() && !valueFindings; i++) {
            valueFindings = asksAboutItsValue(findings.get(i));
        }
        // Example values are looked for where the issue saw them: AppSpec hooks, names, network settings and
        // paths, buildspec commands and paths; a pipeline's role ARNs are left to its own rules.
        if (!valueFindings) {
            // the common case: no finding to review, only example values to look for
            if (kind != FileKind.PIPELINE && policy != PlaceholderPolicy.IGNORE) {
                Scalars scan = new Scalars(List.of(), true);
                scan.visit(root);
                scan.examples.forEach((at, found) -> findings.add(placeholderFinding(file, scan.where.get(at), found,
                        severity)));
            }
            return;
        }
        Scalars scan = new Scalars(findings, kind != FileKind.PIPELINE);
        scan.visit(root);
        Map<Position, YamlScalar> scalars = scan.scalars;
        Map<Position, YamlScalar> keys = scan.keys;
        Map<Position, Placeholders.Found> placeholders = scan.examples;
        Map<Position, YamlScalar> where = scan.where;
        Set<Position> onKeys = new HashSet<>();
        List<Finding> reviewed = new ArrayList<>();
        Boolean hasPlaceholders = null;
        for (Finding f : findings) {
            if (ABOUT_KEY_NAMES.contains(f.rule())) {
                YamlScalar key = keys.get(f.at());
                Placeholders.Found found = key == null ? null : Placeholders.inKey(key);
                if (found == null) {
                    reviewed.add(f);
                } else if (placeholders.putIfAbsent(f.at(), found) == null) {
                    where.put(f.at(), key);
                    onKeys.add(f.at());
                }
                continue;
            }
            YamlScalar scalar = asksAboutItsValue(f) ? scalars.get(f.at()) : null;
            Placeholders.Found found = scalar == null ? null
                    : placeholders.containsKey(f.at()) ? placeholders.get(f.at()) : Placeholders.in(scalar, kind);
            if (found == null && scalar != null && scalar.value().isBlank() && !scalar.value().isEmpty()) {
                if (hasPlaceholders == null) {
                    hasPlaceholders = hasPlaceholders(root, kind);
                }
                found = Placeholders.blankSlot(scalar, hasPlaceholders);
            }
            if (found == null) {
                reviewed.add(f);
            } else {
                placeholders.putIfAbsent(f.at(), found);
                where.putIfAbsent(f.at(), scalar);
            }
        }
        if (policy != PlaceholderPolicy.IGNORE && !placeholders.isEmpty()) {
            placeholders.forEach((at, found) -> reviewed.add(onKeys.contains(at)
                    ? keyPlaceholderFinding(file, where.get(at), found, severity)
                    : placeholderFinding(file, where.get(at), found, severity)));
        }
        findings.clear();
        findings.addAll(reviewed);
    }

    private static boolean hasPlaceholders(YamlNode node, FileKind kind) {
        if (node instanceof YamlScalar scalar) {
            return Placeholders.in(scalar, kind) != null;
        }
        if (node instanceof YamlMapping mapping) {
            for (YamlEntry entry : mapping.entries()) {
                if (hasPlaceholders(entry.value(), kind)) {
                    return true;
                }
            }
        } else if (node instanceof YamlSequence sequence) {
            for (YamlNode item : sequence.items()) {
                if (hasPlaceholders(item, kind)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A finding whose value may be a placeholder: not one about placeholders, not a YAML one, not an info. */
    private static boolean asksAboutItsValue(Finding f) {
        return !ABOUT_PLACEHOLDERS.contains(f.rule()) && !f.rule().startsWith("YAML") && f.severity() != Severity.INFO;
    }

    /**
     * One walk of a file's tree for the findings to review: the scalar at each position a finding sits on
     * (a key's position gives its scalar value, or the key when the value is not a scalar), the scalar key
     * there, and, when asked, every example value of the AWS documentation, in document order. Only the
     * findings' positions are kept: a map of every scalar was a tenth of a warm lint (bench/jmh.sh).
     */
    private static final class Scalars {
        private final Set<Position> wanted = new HashSet<>();
        private final boolean examplesToo;
        final Map<Position, YamlScalar> scalars = new HashMap<>();
        final Map<Position, YamlScalar> keys = new HashMap<>();
        final Map<Position, Placeholders.Found> examples = new LinkedHashMap<>();
        final Map<Position, YamlScalar> where = new HashMap<>();

        Scalars(List<Finding> findings, boolean examplesToo) {
            for (Finding finding : findings) {
                if (asksAboutItsValue(finding)) {
                    wanted.add(finding.at());
                }
            }
            this.examplesToo = examplesToo;
        }

        void visit(YamlNode node) {
            if (node instanceof YamlScalar scalar) {
                if (!wanted.isEmpty() && wanted.contains(scalar.start())) {
                    scalars.putIfAbsent(scalar.start(), scalar);
                }
                Placeholders.Found doc = examplesToo ? Placeholders.fromAwsDocs(scalar) : null;
                if (doc != null) {
                    examples.put(scalar.start(), doc);
                    where.put(scalar.start(), scalar);
                }
            } else if (node instanceof YamlMapping mapping) {
                for (YamlEntry entry : mapping.entries()) {
                    if (!wanted.isEmpty() && entry.key() instanceof YamlScalar key && wanted.contains(key.start())) {
                        // a finding on a key with a scalar value ("'ContainerName' is empty") is about that value
                        scalars.putIfAbsent(key.start(), entry.value() instanceof YamlScalar value ? value : key);
                        keys.putIfAbsent(key.start(), key);
                    }
                    visit(entry.value());
                }
            } else if (node instanceof YamlSequence sequence) {
                for (YamlNode item : sequence.items()) {
                    visit(item);
                }
            }
        }
    }

    private static Finding placeholderFinding(String file, YamlScalar value, Placeholders.Found found,
                                              Severity severity) {
        if (found.fromAwsDocs()) {
            return new Finding(AWS_EXAMPLE_ID, severity, file, value.start(),
                    "'" + found.text() + "' is an example value of the AWS documentation (" + found.docSource()
                            + "), left in: replaced before deployment?",
                    "write the real value of your account, function, network or path");
        }
        String marker = found.text().equals(value.value()) ? "" : " ('" + found.text() + "' marks it)";
        return new Finding(PLACEHOLDER_ID, severity, file, value.start(),
                "placeholder: " + value.quoted() + " filled in before deployment?" + marker
                        + "; the checks of this value are skipped",
                "lint the rendered file to check the real value");
    }

    private static Finding keyPlaceholderFinding(String file, YamlScalar key, Placeholders.Found found,
                                                 Severity severity) {
        String marker = found.text().equals(key.value()) ? "" : " ('" + found.text() + "' marks it)";
        return new Finding(PLACEHOLDER_ID, severity, file, key.start(),
                "placeholder: the key " + key.quoted() + " filled in before deployment?" + marker
                        + "; it is not checked against the names AWS knows",
                "lint the rendered file to check the real key");
    }

    private static Finding withSeverity(Finding f, Severity severity) {
        return new Finding(f.rule(), severity, f.file(), f.at(), f.message(), f.hint());
    }
}
