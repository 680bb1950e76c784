package dev.codestages.appspec.rules;

import dev.codestages.appspec.AgentTimeout;
import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** AS017: timeouts beyond the 3600 seconds a lifecycle event may take. */
public final class TimeoutLimitRule implements AppspecRule {

    static final int LIMIT = 3600;

    static final RuleInfo INFO = new RuleInfo("AS017", "timeouts exceed the 3600 s an event may take",
            Severity.WARNING, FileKind.APPSPEC,
            "A lifecycle event fails if it has not completed within 3600 seconds (a CodeDeploy quota), whatever"
                    + " the scripts' timeouts say. The scripts of one event run one after another, so their"
                    + " timeouts add up: keep each timeout, and the sum of the timeouts written for one event, at"
                    + " or below 3600. (Scripts without a timeout are not counted here.)",
            AppspecDocPages.LIMITS, """
                    version: 0.0
                    os: linux
                    hooks:
                      AfterInstall:
                        - location: scripts/migrate.sh
                          timeout: 3000
                        - location: scripts/warm_cache.sh
                          timeout: 1200
                    """, """
                    version: 0.0
                    os: linux
                    hooks:
                      AfterInstall:
                        - location: scripts/migrate.sh
                          timeout: 2400
                        - location: scripts/warm_cache.sh
                          timeout: 1200
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        for (YamlEntry event : appspec.events()) {
            long sum = 0;
            List<String> parts = new ArrayList<>();
            boolean single = false;
            for (YamlMapping script : Appspec.mappingItems(event.value())) {
                YamlScalar timeout = script.scalar("timeout").orElse(null);
                OptionalLong seconds = timeout == null ? OptionalLong.empty() : AgentTimeout.read(timeout);
                if (seconds.isEmpty() || seconds.getAsLong() <= 0) {
                    continue;
                }
                if (seconds.getAsLong() > LIMIT) {
                    single = true;
                    context.report(timeout, "timeout " + seconds.getAsLong() + " is over " + LIMIT + " s; CodeDeploy"
                            + " fails the '" + event.keyText() + "' event after " + LIMIT + " s anyway",
                            "keep it at or below " + LIMIT + ", or move long work out of the deployment");
                }
                sum += seconds.getAsLong();
                parts.add(Long.toString(seconds.getAsLong()));
            }
            if (!single && sum > LIMIT) {
                context.report(event.key(), "the timeouts of '" + event.keyText() + "' add up to " + sum + " s ("
                        + String.join(" + ", parts) + "), over the " + LIMIT + " s an event may take",
                        "lower the timeouts so that together they stay at or below " + LIMIT);
            }
        }
    }
}
