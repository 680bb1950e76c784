package dev.codestages.appspec;

import dev.codestages.appspec.rules.AppspecRules;
import dev.codestages.lint.FindingCollector;
import dev.codestages.lint.LintOptions;
import dev.codestages.lint.Rule;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.SpecChecker;
import dev.codestages.lint.SpecFile;
import dev.codestages.yaml.YamlMapping;
import java.util.List;

/** Runs every appspec rule over an AppSpec, read as the platform its content says or the user forced. */
public final class AppspecChecker implements SpecChecker {

    private final List<AppspecRule> rules = AppspecRules.all();
    private final List<RuleInfo> infos = Rule.infos(rules);

    @Override
    public List<AppspecRule> rules() {
        return rules;
    }

    @Override
    public void check(YamlMapping root, FindingCollector out) {
        check(null, root, LintOptions.DEFAULT, out);
    }

    @Override
    public void check(SpecFile file, YamlMapping root, LintOptions options, FindingCollector out) {
        Appspec appspec = new Appspec(root, platformOf(root, options));
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).check(appspec, out.forRule(infos.get(i)));
        }
    }

    /** The platform the user forced, else the one the content says. */
    public static Platform platformOf(YamlMapping root, LintOptions options) {
        Platform forced = Platform.fromLabel(options.platform());
        return forced != null ? forced : Platform.detect(root);
    }
}
