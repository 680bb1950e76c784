package dev.codestages.appspec;

import dev.codestages.lint.FindingCollector;
import dev.codestages.lint.LintOptions;
import dev.codestages.lint.ModelRule;
import dev.codestages.lint.ModelRuleSet;
import dev.codestages.lint.Rule;
import dev.codestages.lint.SpecChecker;
import dev.codestages.lint.SpecFile;
import dev.codestages.yaml.YamlMapping;
import java.util.List;

/**
 * Reads an AppSpec into its model, as the platform its content says or the user forced, and runs the
 * appspec rules the registry gives it.
 */
public final class AppspecChecker implements SpecChecker {

    private final ModelRuleSet<Appspec> rules;

    public AppspecChecker(List<? extends ModelRule<Appspec>> rules) {
        this.rules = new ModelRuleSet<>(rules);
    }

    @Override
    public List<? extends Rule> rules() {
        return rules.rules();
    }

    @Override
    public void check(YamlMapping root, FindingCollector out) {
        check(null, root, LintOptions.DEFAULT, out);
    }

    @Override
    public Appspec check(SpecFile file, YamlMapping root, LintOptions options, FindingCollector out) {
        Appspec appspec = new Appspec(root, platformOf(root, options));
        rules.check(appspec, out);
        return appspec;
    }

    /** The platform the user forced, else the one the content says. */
    public static Platform platformOf(YamlMapping root, LintOptions options) {
        Platform forced = Platform.fromLabel(options.platform());
        return forced != null ? forced : Platform.detect(root);
    }
}
