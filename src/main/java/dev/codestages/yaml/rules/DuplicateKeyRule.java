package dev.codestages.yaml.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** YAML002: duplicate key in a mapping. */
public final class DuplicateKeyRule extends YamlProblemRule {

    static final RuleInfo INFO = new RuleInfo("YAML002", "duplicate key in a mapping", Severity.WARNING,
            FileKind.BUILDSPEC,
            "YAML forbids the same key twice in one mapping, and one of the two values is lost without a word."
                    + " How bad that is depends on who reads the file, so the severity follows the file kind."
                    + " CloudFormation templates (a pipeline defined as an AWS::CodePipeline::Pipeline"
                    + " resource): error, because the AWS CLI's 'cloudformation deploy' refuses the template"
                    + " (\"found duplicate key\", brentley/container-demo issue 11; the CloudFormation service"
                    + " itself keeps the last value). AppSpecs: warning, the CodeDeploy agent's Ruby YAML keeps"
                    + " the last value. Buildspecs: warning, CodeBuild's reader is go-yaml, whose v2 Unmarshal"
                    + " keeps the last value and only UnmarshalStrict refuses ('key already set in map', decode.go"
                    + " of go-yaml v2); which one CodeBuild calls is not documented. Pipeline JSON: warning.",
            YamlDocPages.YAML_SPEC, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make
                      build:
                        commands:
                          - make test
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make
                          - make test
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
