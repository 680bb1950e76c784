package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** AS052: a TaskDefinition that is neither a task definition ARN nor the CodePipeline placeholder. */
public final class EcsTaskDefinitionValueRule implements AppspecRule {

    static final String PLACEHOLDER = "<TASK_DEFINITION>";

    static final RuleInfo INFO = new RuleInfo("AS052", "task definition is not an ARN",
            Severity.WARNING, FileKind.APPSPEC,
            "CodeDeploy expects the ARN of a registered task definition revision,"
                    + " arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>. With CodePipeline's"
                    + " CodeDeployToECS action the AppSpec holds the literal <TASK_DEFINITION> instead, and the"
                    + " action replaces exactly that text with the ARN it registers; any other placeholder stays as"
                    + " it is. A file path, a family without revision or the ARN of another resource does not work.",
            AppspecDocPages.ECS_ACTION, """
                    version: 0.0
                    Resources:
                      - TargetService:
                          Type: AWS::ECS::Service
                          Properties:
                            TaskDefinition: taskdef.json
                            LoadBalancerInfo:
                              ContainerName: web
                              ContainerPort: 80
                    """, TemplateAppspecs.ECS);

    private static final Pattern ARN = Pattern.compile(
            "arn:aws[a-z-]*:ecs:[a-z0-9-]+:[0-9]{12}:task-definition/[A-Za-z0-9_-]{1,255}:[1-9][0-9]*");
    private static final Pattern ANY_ARN = Pattern.compile("arn:[^:]*:([^:]*):.*");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        for (YamlMapping properties : EcsService.allProperties(appspec)) {
            if (!(properties.get("TaskDefinition") instanceof YamlScalar task) || task.isNull()
                    || task.value().isBlank()) {
                continue;
            }
            String text = task.value().trim();
            if (!text.equals(PLACEHOLDER) && !ARN.matcher(text).matches()) {
                context.report(task, "TaskDefinition " + task.quoted() + " is not a task definition ARN nor the"
                        + " placeholder " + PLACEHOLDER, hint(text));
            }
        }
    }

    private static String hint(String text) {
        Matcher arn = ANY_ARN.matcher(text);
        if (arn.matches() && !arn.group(1).equals("ecs")) {
            return "this ARN names a resource of '" + arn.group(1) + "', not an ECS task definition";
        }
        if (text.startsWith("<") || ValueForms.isPlaceholder(text)) {
            return "CodeDeployToECS replaces only the literal " + PLACEHOLDER;
        }
        if (text.startsWith("arn:") && text.contains("task-definition/")) {
            return "end the ARN with the revision number, such as ':12'; check region and account too";
        }
        if (text.endsWith(".json") || text.contains("/")) {
            return "name the registered task definition, not a file; with CodePipeline write " + PLACEHOLDER
                    + " and give the file as TaskDefinitionTemplatePath";
        }
        return "write arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>, or " + PLACEHOLDER;
    }
}
