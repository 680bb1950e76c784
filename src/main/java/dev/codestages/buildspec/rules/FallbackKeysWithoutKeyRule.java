package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;

/** BS081: cache fallback keys without a cache key, which CodeBuild ignores. */
public final class FallbackKeysWithoutKeyRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS081", "cache fallback keys without a key", Severity.WARNING,
            FileKind.BUILDSPEC,
            "'cache.fallback-keys' are tried only when the primary 'cache.key' finds nothing; the buildspec"
                    + " reference says they are ignored when 'key' is absent. Add the exact key the build should"
                    + " save its cache under, or remove the fallback keys.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - npm ci
                    cache:
                      fallback-keys:
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
        if (!(buildspec.root().get("cache") instanceof YamlMapping cache) || cache.has("key")) {
            return;
        }
        YamlEntry entry = cache.entry("fallback-keys").orElse(null);
        if (entry != null && !Buildspec.stringItems(entry.value()).isEmpty()) {
            context.report(entry.key(), "'cache.fallback-keys' has no effect without"
                    + " 'cache.key'; CodeBuild ignores them", "add 'key:' with the exact cache key, for"
                    + " example key: npm-$(codebuild-hash-files package-lock.json)");
        }
    }
}
