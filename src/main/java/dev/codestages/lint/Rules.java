package dev.codestages.lint;

import dev.codestages.appspec.AppspecChecker;
import dev.codestages.buildspec.BuildspecChecker;
import dev.codestages.pipeline.PipelineChecker;
import dev.codestages.bundle.BundleCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry: every rule and every checker, created by name, in id order. It is the one class in
 * {@code lint} that names the format packages; the CLI, the reports, the docs and the Jenkins plugin
 * read rules only from here.
 *
 * <p>Each checker is made the first time a file of its kind is checked, and the list of all rules the
 * first time it is asked for: a lint of buildspecs never loads an appspec or pipeline rule, which is a
 * fifth of a one-file lint's start-up.
 */
public final class Rules {

    /** Id prefixes in listing order. */
    private static final List<String> GROUPS = List.of("YAML", "BS", "AS", "BN", "PL");
    private static final List<CrossFileCheck> CROSS_CHECKS = List.of(new BundleCheck());

    private Rules() {
    }

    // One holder class per checker: the JVM initializes a class on first use, once, thread-safely.
    private static final class BuildspecRulesHolder {
        static final SpecChecker CHECKER = new BuildspecChecker();
    }

    private static final class AppspecRulesHolder {
        static final SpecChecker CHECKER = new AppspecChecker();
    }

    private static final class PipelineRulesHolder {
        static final SpecChecker CHECKER = new PipelineChecker();
    }

    private static final class AllRules {
        static final List<Rule> ALL = collect();
        static final Map<String, Rule> BY_ID = ALL.stream()
                .collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));
    }

    private static List<Rule> collect() {
        List<Rule> rules = new ArrayList<>(YamlRules.all());
        rules.addAll(FindingReview.rules());
        for (FileKind kind : FileKind.values()) {
            SpecChecker checker = checkerFor(kind);
            if (checker != null) {
                rules.addAll(checker.rules());
            }
        }
        for (CrossFileCheck check : CROSS_CHECKS) {
            rules.addAll(check.rules());
        }
        rules.sort(Comparator.comparing(Rules::order));
        return List.copyOf(rules);
    }

    /** YAML rules first, then buildspec, appspec, bundle, pipeline; by number inside each. */
    private static String order(Rule rule) {
        String id = rule.id();
        int digits = 0;
        while (digits < id.length() && !Character.isDigit(id.charAt(digits))) {
            digits++;
        }
        String prefix = id.substring(0, digits);
        int group = GROUPS.indexOf(prefix);
        return group + id.substring(digits);
    }

    public static List<Rule> all() {
        return AllRules.ALL;
    }

    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(AllRules.BY_ID.get(id));
    }

    /** The documentation of every rule, by id, for reports that describe the rules they use. */
    public static Map<String, RuleInfo> infos() {
        return AllRules.ALL.stream().collect(Collectors.toUnmodifiableMap(Rule::id, Rule::info));
    }

    /** One session of every cross-file check, for one lint run. */
    static List<CrossFileCheck.Session> startCrossChecks(LintOptions options, List<MemoryFile> memory) {
        List<CrossFileCheck.Session> sessions = new ArrayList<>(CROSS_CHECKS.size());
        for (CrossFileCheck check : CROSS_CHECKS) {
            sessions.add(check.start(options, memory));
        }
        return sessions;
    }

    /** The checker for files of {@code kind}; null for a kind no checker reads. */
    static SpecChecker checkerFor(FileKind kind) {
        return switch (kind) {
            case BUILDSPEC -> BuildspecRulesHolder.CHECKER;
            case APPSPEC -> AppspecRulesHolder.CHECKER;
            case PIPELINE -> PipelineRulesHolder.CHECKER;
            case UNKNOWN -> null;
        };
    }
}
