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
 */
public final class Rules {

    /** Id prefixes in listing order. */
    private static final List<String> GROUPS = List.of("YAML", "BS", "AS", "BN", "PL");
    private static final List<SpecChecker> CHECKERS = List.of(new BuildspecChecker(), new AppspecChecker(),
            new PipelineChecker());
    private static final List<CrossFileCheck> CROSS_CHECKS = List.of(new BundleCheck());
    private static final List<Rule> ALL = collect();
    private static final Map<String, Rule> BY_ID = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

    private Rules() {
    }

    private static List<Rule> collect() {
        List<Rule> rules = new ArrayList<>(YamlRules.all());
        for (SpecChecker checker : CHECKERS) {
            rules.addAll(checker.rules());
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
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The documentation of every rule, by id, for reports that describe the rules they use. */
    public static Map<String, RuleInfo> infos() {
        return ALL.stream().collect(Collectors.toUnmodifiableMap(Rule::id, Rule::info));
    }

    /** One session of every cross-file check, for one lint run. */
    static List<CrossFileCheck.Session> startCrossChecks(LintOptions options, List<MemoryFile> memory) {
        List<CrossFileCheck.Session> sessions = new ArrayList<>(CROSS_CHECKS.size());
        for (CrossFileCheck check : CROSS_CHECKS) {
            sessions.add(check.start(options, memory));
        }
        return sessions;
    }

    static SpecChecker checkerFor(FileKind kind) {
        for (SpecChecker checker : CHECKERS) {
            if (checker.kind() == kind) {
                return checker;
            }
        }
        return null;
    }
}
