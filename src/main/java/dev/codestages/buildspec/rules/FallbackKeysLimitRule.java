package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.List;

/** BS080: more cache fallback keys than CodeBuild takes. */
public final class FallbackKeysLimitRule implements BuildspecRule {

    static final int LIMIT = 5;

    static final RuleInfo INFO = new RuleInfo("BS080", "more than 5 cache fallback keys", Severity.WARNING,
            FileKind.BUILDSPEC,
            "When 'cache.key' finds no cache, CodeBuild tries 'cache.fallback-keys' in order as prefixes; the"
                    + " buildspec reference allows at most five of them. Drop the least specific ones: a shorter"
                    + " prefix already matches what the longer ones would.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - npm ci
                    cache:
                      key: npm-$(codebuild-hash-files package-lock.json)
                      fallback-keys:
                        - npm-main-
                        - npm-develop-
                        - npm-release-
                        - npm-feature-
                        - npm-hotfix-
                        - npm-
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
                      fallback-keys:
                        - npm-main-
                        - npm-develop-
                        - npm-release-
                        - npm-feature-
                        - npm-
                      paths:
                        - node_modules/**/*
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        if (buildspec.root().get("cache") instanceof YamlMapping cache) {
            List<YamlScalar> keys = Buildspec.stringItems(cache.get("fallback-keys"));
            if (keys.size() > LIMIT) {
                context.report(keys.get(LIMIT), "'cache.fallback-keys' has " + keys.size() + " keys; CodeBuild"
                        + " takes at most " + LIMIT, "keep the " + LIMIT + " most useful prefixes");
            }
        }
    }
}
