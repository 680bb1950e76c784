package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.List;
import java.util.Locale;

/** BS082: a cache action other than restore or save. */
public final class CacheActionRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS082", "unknown cache action", Severity.ERROR, FileKind.BUILDSPEC,
            "'cache.action' takes 'restore' (download the cache, never upload it) or 'save' (upload it, never"
                    + " download it). Without 'action' CodeBuild does both, so there is no value for 'both'.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - npm ci
                    cache:
                      key: npm-$(codebuild-hash-files package-lock.json)
                      action: download
                      paths:
                        - node_modules/**/*
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - npm ci
                    cache:
                      key: npm-$(codebuild-hash-files package-lock.json)
                      action: restore
                      paths:
                        - node_modules/**/*
                    """);

    private static final List<String> ACTIONS = List.of("restore", "save");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        if (buildspec.root().get("cache") instanceof YamlMapping cache
                && cache.get("action") instanceof YamlScalar action && !action.isNull()) {
            String value = action.value().trim().toLowerCase(Locale.ROOT);
            if (!ACTIONS.contains(value) && !value.contains("$")) {
                context.report(action, "'cache.action' is " + action.quoted() + "; expected 'restore' or 'save'",
                        hint(value));
            }
        }
    }

    private static String hint(String value) {
        switch (value) {
            case "both": case "all": case "restore-save": case "restore_save": case "default":
                return "leave 'action' out: without it CodeBuild both restores and saves the cache";
            case "download": case "load": case "read": case "pull": case "get": case "fetch":
                return "did you mean 'restore'?";
            case "upload": case "store": case "write": case "push": case "put":
                return "did you mean 'save'?";
            default:
                return DidYouMean.hint(value, ACTIONS);
        }
    }
}
