package dev.codestages.appspec;

import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The compute platform an AppSpec is for. EC2/On-Premises AppSpecs are read by the CodeDeploy agent on
 * the instance; Lambda and ECS AppSpecs by the CodeDeploy service. Each has its own structure
 * (https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure.html).
 */
public enum Platform {
    EC2("ec2", "EC2/On-Premises"), LAMBDA("lambda", "AWS Lambda"), ECS("ecs", "Amazon ECS");

    private final String label;
    private final String displayName;

    Platform(String label, String displayName) {
        this.label = label;
        this.displayName = displayName;
    }

    /** The name {@code --platform} takes. */
    public String label() {
        return label;
    }

    /** The name AWS uses, for messages. */
    public String displayName() {
        return displayName;
    }

    /** Parses a {@code --platform} value (case-insensitive); null when it names no platform. */
    public static Platform fromLabel(String label) {
        if (label == null) {
            return null;
        }
        for (Platform platform : values()) {
            if (platform.label.equals(label.toLowerCase(Locale.ROOT))) {
                return platform;
            }
        }
        return null;
    }

    /**
     * The platform the content says: a {@code Resources} list of {@code AWS::ECS::Service} (or a
     * {@code TargetService}) is ECS, of {@code AWS::Lambda::Function} (or other named functions) is
     * Lambda unless its hooks list names an ECS-only event; anything else ({@code os}, {@code files},
     * {@code permissions}, a hooks mapping) is EC2/On-Premises.
     */
    public static Platform detect(YamlMapping root) {
        YamlNode resources = Appspec.valueOf(Appspec.field(root, "Resources"));
        if (resources == null) {
            return EC2;
        }
        List<YamlEntry> named = new ArrayList<>();
        if (resources instanceof YamlSequence sequence) {
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlMapping mapping) {
                    named.addAll(mapping.entries());
                }
            }
        } else if (resources instanceof YamlMapping mapping) {
            named.addAll(mapping.entries());
        }
        for (YamlEntry entry : named) {
            if (entry.value() instanceof YamlMapping spec) {
                String type = Appspec.valueOf(Appspec.field(spec, "Type")) instanceof YamlScalar scalar
                        ? scalar.value() : "";
                if (type.contains("ECS::Service")) {
                    return ECS;
                }
                if (type.contains("Lambda::Function")) {
                    return LAMBDA;
                }
            }
        }
        for (YamlEntry entry : named) {
            if (entry.keyText().startsWith("TargetService")) {
                return ECS;
            }
            if (entry.value() instanceof YamlMapping spec && Appspec.field(spec, "Properties").isPresent()
                    && spec.get("Properties") instanceof YamlMapping properties
                    && (properties.has("TaskDefinition") || properties.has("LoadBalancerInfo"))) {
                return ECS;
            }
        }
        boolean ec2Keys = root.has("os") || root.has("files") || root.has("permissions");
        return ec2Keys ? EC2 : hasEcsOnlyHook(root) ? ECS : LAMBDA;
    }

    /** True when a Lambda/ECS-style hooks list names an event only ECS has. */
    private static boolean hasEcsOnlyHook(YamlMapping root) {
        YamlNode hooks = Appspec.valueOf(Appspec.field(root, "Hooks"));
        if (hooks instanceof YamlSequence sequence) {
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlMapping mapping) {
                    for (YamlEntry hook : mapping.entries()) {
                        if (LifecycleEvents.ECS_HOOKS.contains(hook.keyText())
                                && !LifecycleEvents.LAMBDA_HOOKS.contains(hook.keyText())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
