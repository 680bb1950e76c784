package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import java.util.Optional;

/** AS057: a CapacityProviderStrategy ECS would reject. */
public final class EcsCapacityProviderRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS057", "invalid CapacityProviderStrategy", Severity.ERROR,
            FileKind.APPSPEC,
            "Each 'CapacityProviderStrategy' item names a 'CapacityProvider' (such as FARGATE or FARGATE_SPOT)"
                    + " with an optional 'Weight' (a whole number from 0 to 1000) and 'Base' (0 to 100000, the"
                    + " tasks placed there first). Only one item of a strategy may set a Base above 0. ECS"
                    + " rejects the strategy otherwise, and with it the replacement task set.",
            AppspecDocPages.RESOURCES, TemplateAppspecs.ECS + """
                            CapacityProviderStrategy:
                              - CapacityProvider: FARGATE
                                Base: 1
                                Weight: 1
                              - CapacityProvider: FARGATE_SPOT
                                Base: 2
                                Weight: 3
                    """, TemplateAppspecs.ECS + """
                            CapacityProviderStrategy:
                              - CapacityProvider: FARGATE
                                Base: 1
                                Weight: 1
                              - CapacityProvider: FARGATE_SPOT
                                Weight: 3
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        for (YamlMapping properties : EcsService.allProperties(appspec)) {
            boolean baseSeen = false;
            for (YamlMapping item : Appspec.mappingItems(properties.get("CapacityProviderStrategy"))) {
                if (ValueForms.isBlank(item.get("CapacityProvider"))) {
                    Optional<YamlEntry> provider = item.entry("CapacityProvider");
                    YamlNode at = provider.isPresent() ? provider.get().key() : item;
                    context.report(at, "a capacity provider strategy item names no 'CapacityProvider'",
                            "add 'CapacityProvider:', such as FARGATE");
                }
                YamlScalar base = item.scalar("Base").orElse(null);
                if (base != null && range(base, 100_000, context, "Base") > 0) {
                    if (baseSeen) {
                        context.report(base, "only one capacity provider of a strategy may set a Base above 0",
                                "keep the Base on one item and set the others to 0 or leave it out");
                    }
                    baseSeen = true;
                }
                if (item.get("Weight") instanceof YamlScalar weight && !weight.isNull()) {
                    range(weight, 1000, context, "Weight");
                }
            }
        }
    }

    /** The value, after reporting it when it is not a whole number from 0 to {@code max}. */
    private static long range(YamlScalar value, long max, RuleContext context, String name) {
        String text = value.value().trim();
        if (text.length() <= 9 && ValueForms.isDigits(text) && Long.parseLong(text) <= max) {
            return Long.parseLong(text);
        }
        context.report(value, name + " " + value.quoted() + " is not a whole number from 0 to " + max, null);
        return 0;
    }
}
