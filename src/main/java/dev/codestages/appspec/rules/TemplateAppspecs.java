package dev.codestages.appspec.rules;

/** The Lambda and ECS AppSpecs the rule examples start from (as in the AWS templates). */
final class TemplateAppspecs {

    static final String LAMBDA = """
            version: 0.0
            Resources:
              - myFunction:
                  Type: AWS::Lambda::Function
                  Properties:
                    Name: my-function
                    Alias: live
                    CurrentVersion: 1
                    TargetVersion: 2
            """;

    static final String ECS = """
            version: 0.0
            Resources:
              - TargetService:
                  Type: AWS::ECS::Service
                  Properties:
                    TaskDefinition: <TASK_DEFINITION>
                    LoadBalancerInfo:
                      ContainerName: web
                      ContainerPort: 80
            """;

    private TemplateAppspecs() {
    }
}
