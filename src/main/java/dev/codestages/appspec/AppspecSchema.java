package dev.codestages.appspec;

import static dev.codestages.lint.Shape.listOf;
import static dev.codestages.lint.Shape.mapOf;
import static dev.codestages.lint.Shape.mapping;
import static dev.codestages.lint.Shape.scalar;
import static dev.codestages.lint.Shape.string;

import dev.codestages.lint.Shape;

/**
 * The structure of an AppSpec per compute platform, key by key, as the AppSpec reference documents it
 * (https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure.html and its
 * files, permissions, hooks and resources pages). Scalars are typed loosely here ({@code scalar()}):
 * what a value must be is checked by the rules, as the reader (agent or service) reads it.
 */
public final class AppspecSchema {

    private static final Shape.Mapping FILE = mapping()
            .key("source", scalar())
            .key("destination", scalar())
            .build();

    private static final Shape.Mapping PERMISSION = mapping()
            .key("object", scalar())
            .key("pattern", scalar())
            .key("except", listOf(string()))
            .key("owner", scalar())
            .key("group", scalar())
            .key("mode", scalar())
            .key("acls", listOf(string()))
            .key("context", mapping()
                    .key("name", scalar())
                    .key("type", scalar())
                    .key("range", scalar())
                    .build())
            .key("type", listOf(string()))
            .build();

    private static final Shape.Mapping SCRIPT = mapping()
            .key("location", scalar())
            .key("timeout", scalar())
            .key("runas", scalar())
            .key("sudo", scalar())
            .build();

    /** EC2/On-Premises, read by the CodeDeploy agent. */
    public static final Shape.Mapping EC2 = mapping()
            .key("version", scalar())
            .key("os", scalar())
            .key("files", listOf(FILE))
            .key("file_exists_behavior", scalar())
            .key("permissions", listOf(PERMISSION))
            .key("hooks", mapOf(listOf(SCRIPT)))
            .build();

    private static final Shape.Mapping LAMBDA_PROPERTIES = mapping()
            .key("Name", scalar()).key("name", scalar())
            .key("Alias", scalar()).key("alias", scalar())
            .key("CurrentVersion", scalar()).key("currentversion", scalar())
            .key("TargetVersion", scalar()).key("targetversion", scalar())
            .build();

    /** AWS Lambda; the reference page writes the keys in lower case, the templates in PascalCase. */
    public static final Shape.Mapping LAMBDA = mapping()
            .key("version", scalar())
            .key("Resources", listOf(mapOf(lambdaFunction())))
            .key("resources", listOf(mapOf(lambdaFunction())))
            .key("Hooks", listOf(mapOf(scalar())))
            .key("hooks", listOf(mapOf(scalar())))
            .build();

    private static final Shape.Mapping ECS_PROPERTIES = mapping()
            .key("TaskDefinition", scalar())
            .key("LoadBalancerInfo", mapping()
                    .key("ContainerName", scalar())
                    .key("ContainerPort", scalar())
                    .build())
            .key("PlatformVersion", scalar())
            .key("NetworkConfiguration", mapping()
                    .key("AwsvpcConfiguration", mapping()
                            .key("Subnets", listOf(string()))
                            .key("SecurityGroups", listOf(string()))
                            .key("AssignPublicIp", scalar())
                            .build())
                    .build())
            .key("CapacityProviderStrategy", listOf(mapping()
                    .key("Base", scalar())
                    .key("CapacityProvider", scalar())
                    .key("Weight", scalar())
                    .build()))
            .build();

    /** Amazon ECS. */
    public static final Shape.Mapping ECS = mapping()
            .key("version", scalar())
            .key("Resources", listOf(mapOf(mapping()
                    .key("Type", scalar())
                    .key("Properties", ECS_PROPERTIES)
                    .build())))
            .key("Hooks", listOf(mapOf(scalar())))
            .build();

    private AppspecSchema() {
    }

    private static Shape.Mapping lambdaFunction() {
        return mapping()
                .key("Type", scalar()).key("type", scalar())
                .key("Properties", LAMBDA_PROPERTIES).key("properties", LAMBDA_PROPERTIES)
                .build();
    }

    public static Shape.Mapping of(Platform platform) {
        switch (platform) {
            case LAMBDA:
                return LAMBDA;
            case ECS:
                return ECS;
            default:
                return EC2;
        }
    }
}
