package dev.codestages.bundle.rules;

import dev.codestages.bundle.BundleRule;
import dev.codestages.bundle.PairingRule;
import dev.codestages.lint.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every bundle rule, by id. Adding a rule means adding it here. */
public final class BundleRules {

    private BundleRules() {
    }

    /** The rules about one AppSpec and its bundle folder. */
    public static List<BundleRule> perAppspec() {
        return List.of(
                new ScriptMissingRule(),
                new ScriptNotFileRule(),
                new LinkLeavesBundleRule(),
                new ScriptNotExecutableRule(),
                new ScriptShebangRule(),
                new ScriptCrlfRule(),
                new AppspecNameRule(),
                new AppspecYamlNameRule(),
                new AppspecNotAtRootRule(),
                new UnnameablePathRule());
    }

    /** The rules checked once all files are seen: AppSpecs against buildspec artifacts. */
    public static List<PairingRule> pairing() {
        return List.of(
                new SourceMissingRule(),
                new ArtifactsMissAppspecRule(),
                new ArtifactsMissNeedsRule());
    }

    /** All of them, by id. */
    public static List<Rule> all() {
        List<Rule> all = new ArrayList<>(perAppspec());
        all.addAll(pairing());
        all.sort(Comparator.comparing(Rule::id));
        return List.copyOf(all);
    }
}
