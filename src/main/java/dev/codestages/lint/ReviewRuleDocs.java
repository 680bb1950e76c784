package dev.codestages.lint;

/**
 * The documentation of the {@link ReviewRule}s, whose findings a pass over a file's findings writes: the
 * suppression comments that suppressed nothing ({@link InlineSuppressions}, YAML012), and, from
 * {@link FindingReview}, template files (YAML013), placeholder values (YAML014), files of no kind we can tell
 * (YAML015) and example values of the AWS documentation (YAML016).
 */
final class ReviewRuleDocs {

    private ReviewRuleDocs() {
    }

    static final RuleInfo UNUSED_SUPPRESSION = new RuleInfo("YAML012", "suppression comment that suppresses nothing",
            Severity.INFO, FileKind.BUILDSPEC,
            "A '# codestages-disable-line', '-next-line' or 'codestages-disable' comment that hides no finding"
                    + " is left over from a fixed problem or names the wrong rule; kept, it would silently hide"
                    + " the next real finding on that line. See docs/cli.md, 'Suppressing a finding'.",
            "https://eslint.org/docs/latest/use/command-line-interface#--report-unused-disable-directives", """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make # codestages-disable-line BS007
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make
                    """);

    static final RuleInfo TEMPLATE = new RuleInfo("YAML013", "template file: lint the rendered file", Severity.WARNING,
            FileKind.BUILDSPEC,
            "Many repositories keep a spec as a template (Jinja, Helm, ERB, Terraform templatefile) that a tool"
                    + " renders before AWS sees it. Such a file is not YAML until it is rendered, so it says"
                    + " nothing about what AWS will read: it is reported once as a template instead of as invalid"
                    + " YAML (YAML001). Lint the rendered file to check it. A file counts as a template when it"
                    + " fails to parse and holds '{{', '{%', '%{' or '<%'. With 'placeholders: error' in the"
                    + " configuration this is an error; with 'placeholders: ignore' it is not reported.",
            "https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html", """
                    version: 0.2
                    phases:
                      build:
                        commands:
                    {% for step in steps %}
                          - {{ step }}
                    {% endfor %}
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make
                    """);

    static final RuleInfo PLACEHOLDER = new RuleInfo("YAML014", "placeholder: filled in before deployment?",
            Severity.WARNING, FileKind.APPSPEC,
            "A value such as '<CONTAINER_PORT>', '{{ version }}', '&&TASK_DEF&&', '%ServiceName%', '${X}', '__X__',"
                    + " 'X_PLACEHOLDER' or a Terraform '%{ if }' directive is usually filled in"
                    + " by a script or a templating tool before AWS sees the file. Where a check would report such"
                    + " a value (a port that is not a number, an empty task definition), the linter cannot know the"
                    + " real value, so it reports one warning that the value is a placeholder instead of an error"
                    + " AWS might never give. Teams that lint rendered files set 'placeholders: error' in the"
                    + " configuration, where a placeholder left over is a mistake; 'placeholders: ignore' reports"
                    + " nothing. An empty string is not taken for a placeholder: AWS rejects empty values where"
                    + " the other rules say so, and nothing in the file tells the two apart. A '${X}' in a"
                    + " CloudFormation template is CloudFormation's syntax, and '${X}' or '%X%' in a buildspec is"
                    + " the shell's: neither is a placeholder there. A key of such a shape where a fixed name is"
                    + " expected (a runtime under 'runtime-versions', a phase, a lifecycle event, a key of the"
                    + " structure) is a placeholder too, '${X}' included, since no AWS reader expands a key: it gets"
                    + " this warning instead of the unknown-name finding; a misspelt name is still reported."
                    + " Informational findings stay as they are.",
            "https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html",
            """
                    version: 0.0
                    Resources:
                      - TargetService:
                          Type: AWS::ECS::Service
                          Properties:
                            TaskDefinition: "arn:aws:ecs:eu-west-1:210987654321:task-definition/web:3"
                            LoadBalancerInfo:
                              ContainerName: "web"
                              ContainerPort: <CONTAINER_PORT>
                    """, """
                    version: 0.0
                    Resources:
                      - TargetService:
                          Type: AWS::ECS::Service
                          Properties:
                            TaskDefinition: "arn:aws:ecs:eu-west-1:210987654321:task-definition/web:3"
                            LoadBalancerInfo:
                              ContainerName: "web"
                              ContainerPort: 8080
                    """);

    static final RuleInfo UNKNOWN_KIND = new RuleInfo("YAML015", "kind of file cannot be told", Severity.ERROR,
            FileKind.UNKNOWN,
            "A file named on the command line is linted as a buildspec, an AppSpec or a pipeline, told by its name"
                    + " (buildspec*.yml, appspec.yml) or by its content ('phases'; 'hooks', 'files' or 'Resources';"
                    + " a 'pipeline' with 'stages' or an AWS::CodePipeline::Pipeline resource). A file that is none"
                    + " of these (a pipeline whose top key is misspelled, the output of 'aws codepipeline"
                    + " list-pipelines') would otherwise pass with no finding although nothing was checked; the"
                    + " AWS CLI and CloudFormation reject it as a pipeline. '--type' forces the kind.",
            "https://docs.aws.amazon.com/codepipeline/latest/userguide/reference-pipeline-structure.html", """
                    {"pipelines": [{"name": "demo", "version": 1}]}
                    """, """
                    name: demo
                    roleArn: arn:aws:iam::111122223333:role/demo
                    artifactStore: {type: S3, location: demo-artifacts}
                    stages:
                      - name: Source
                        actions:
                          - name: Checkout
                            actionTypeId: {category: Source, owner: AWS, provider: CodeCommit, version: "1"}
                            configuration: {RepositoryName: demo, BranchName: main}
                            outputArtifacts: [{name: Src}]
                      - name: Build
                        actions:
                          - name: Build
                            actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                            configuration: {ProjectName: demo}
                            inputArtifacts: [{name: Src}]
                    """);

    static final RuleInfo AWS_EXAMPLE = new RuleInfo("YAML016", "example value of the AWS documentation left in",
            Severity.WARNING, FileKind.APPSPEC,
            "The sample AppSpecs of the CodeDeploy user guide name things that do not exist in your account:"
                    + " hook functions 'LambdaFunctionToValidateBeforeInstall' (and the other"
                    + " 'LambdaFunctionToValidate...' names), 'myLambdaFunction', 'myLambdaFunctionAlias', the"
                    + " container 'SampleApplicationName', the task definition"
                    + " 'arn:aws:ecs:us-east-1:111222333444:task-definition/my-task-definition-family-name:1',"
                    + " subnets 'subnet-1234abcd' and 'subnet-5678abcd', the security group 'sg-12345678'; ARN"
                    + " syntax pages write 'account-id' for the account. Copied unchanged into an AppSpec or a"
                    + " buildspec, the deployment fails on a function, task definition or network that is not"
                    + " there. Each finding names the page the value comes from. It follows the 'placeholders'"
                    + " setting of the configuration.",
            Placeholders.APPSPEC_EXAMPLES, """
                    version: 0.0
                    Resources:
                      - myFunction:
                          Type: AWS::Lambda::Function
                          Properties:
                            Name: "orders"
                            Alias: "live"
                            CurrentVersion: "1"
                            TargetVersion: "2"
                    Hooks:
                      - BeforeAllowTraffic: "LambdaFunctionToValidateBeforeTrafficShift"
                    """, """
                    version: 0.0
                    Resources:
                      - myFunction:
                          Type: AWS::Lambda::Function
                          Properties:
                            Name: "orders"
                            Alias: "live"
                            CurrentVersion: "1"
                            TargetVersion: "2"
                    Hooks:
                      - BeforeAllowTraffic: "orders-smoke-test"
                    """);
}
