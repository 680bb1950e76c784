package dev.codestages.lint;

import dev.codestages.yaml.YamlIssue;
import dev.codestages.yaml.YamlProblem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The {@code YAML###} rules: problems found while reading any spec file, before its format is known. */
public final class YamlRules {

    private static final String YAML_SPEC = "https://yaml.org/spec/1.1/";
    private static final String BUILDSPEC_REF = "https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html";

    private static final Map<YamlIssue, YamlRule> BY_ISSUE = new EnumMap<>(YamlIssue.class);

    static {
        add(YamlIssue.SYNTAX, "invalid YAML", Severity.ERROR,
                "The file cannot be parsed as YAML, so CodeBuild fails the build in DOWNLOAD_SOURCE"
                        + " (YAML_FILE_ERROR) and CodeDeploy fails the deployment. The most common cause is an"
                        + " unquoted ': ' inside a value, which YAML reads as the start of a mapping.",
                BUILDSPEC_REF, """
                        version: 0.2
                        phases:
                          build:
                            commands: echo Status: done
                        """, """
                        version: 0.2
                        phases:
                          build:
                            commands: "echo Status: done"
                        """);
        add(YamlIssue.DUPLICATE_KEY, "duplicate key in a mapping", Severity.WARNING,
                "YAML forbids the same key twice in one mapping, and one of the two values is lost without a word."
                        + " How bad that is depends on who reads the file, so the severity follows the file kind."
                        + " CloudFormation templates (a pipeline defined as an AWS::CodePipeline::Pipeline"
                        + " resource): error, because the AWS CLI's 'cloudformation deploy' refuses the template"
                        + " (\"found duplicate key\", brentley/container-demo issue 11; the CloudFormation service"
                        + " itself keeps the last value). AppSpecs: warning, the CodeDeploy agent's Ruby YAML keeps"
                        + " the last value. Buildspecs: warning, CodeBuild's reader is go-yaml, whose v2 Unmarshal"
                        + " keeps the last value and only UnmarshalStrict refuses ('key already set in map', decode.go"
                        + " of go-yaml v2); which one CodeBuild calls is not documented. Pipeline JSON: warning.",
                YAML_SPEC, """
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
        add(YamlIssue.TAB_INDENTATION, "tab character in indentation", Severity.ERROR,
                "YAML indentation is spaces only. A tab makes the parser fail with 'found character that cannot"
                        + " start any token', which CodeBuild reports as YAML_FILE_ERROR.",
                BUILDSPEC_REF, "version: 0.2\nphases:\n  build:\n\tcommands:\n      - make\n", """
                        version: 0.2
                        phases:
                          build:
                            commands:
                              - make
                        """);
        add(YamlIssue.BYTE_ORDER_MARK, "file starts with a byte order mark", Severity.WARNING,
                "A UTF-8 byte order mark is invisible in most editors. Some YAML readers take it as part of the"
                        + " first key, so 'version' is not found.",
                YAML_SPEC, "\uFEFFversion: 0.2\nphases:\n  build:\n    commands:\n      - make\n", """
                        version: 0.2
                        phases:
                          build:
                            commands:
                              - make
                        """);
        add(YamlIssue.INVALID_UTF8, "file is not valid UTF-8", Severity.ERROR,
                "Spec files must be UTF-8 text. Bytes that are not valid UTF-8 (a Latin-1 'é', a UTF-16 file,"
                        + " a binary file) make the AWS agents fail to read the file.",
                YAML_SPEC, "version: 0.2\nphases:\n  build:\n    commands:\n      - echo caf\uDCE9\n", """
                        version: 0.2
                        phases:
                          build:
                            commands:
                              - echo café
                        """);
        add(YamlIssue.EMPTY_FILE, "file is empty", Severity.ERROR,
                "An empty spec file (or one with only comments) has no document. CodeBuild fails with 'wrong"
                        + " number of container tags, expected 1'.",
                BUILDSPEC_REF, "# nothing here yet\n", """
                        version: 0.2
                        phases:
                          build:
                            commands:
                              - make
                        """);
        add(YamlIssue.SEVERAL_DOCUMENTS, "file holds more than one YAML document", Severity.WARNING,
                "The AWS agents read only the first document of a file; everything after a second '---' line is"
                        + " silently ignored.",
                YAML_SPEC, """
                        version: 0.2
                        phases:
                          build:
                            commands:
                              - make
                        ---
                        artifacts:
                          files:
                            - target/app.jar
                        """, """
                        version: 0.2
                        phases:
                          build:
                            commands:
                              - make
                        artifacts:
                          files:
                            - target/app.jar
                        """);
        add(YamlIssue.ROOT_NOT_MAPPING, "document is not a mapping", Severity.ERROR,
                "A buildspec, appspec or pipeline is a mapping of keys such as 'version'. A file whose top level is"
                        + " a list or a plain string is rejected.",
                BUILDSPEC_REF, """
                        - version: 0.2
                        - phases: {}
                        """, """
                        version: 0.2
                        phases:
                          build:
                            commands:
                              - make
                        """);
        add(YamlIssue.LIMIT_EXCEEDED, "file exceeds a reading limit", Severity.ERROR,
                "Files over 4 MiB, with a line over 1 MiB, nested deeper than 64 levels, with more than 100 aliases"
                        + " or expanding to more than 200,000 nodes are not read: no real spec file comes near these"
                        + " limits, while 'billion laughs' files use them to exhaust memory and very long lines make"
                        + " the YAML reader slow.",
                YAML_SPEC, "version: 0.2\nphases: " + "[".repeat(70) + "]".repeat(70) + "\n", """
                        version: 0.2
                        phases:
                          build:
                            commands:
                              - make
                        """);
        add(YamlIssue.CRLF_LINE_ENDINGS, "file has Windows (CRLF) line endings", Severity.INFO,
                "YAML readers accept CRLF line endings, but files copied from Windows often carry them into hook"
                        + " scripts too, where '/bin/bash^M: bad interpreter' fails the deployment.",
                YAML_SPEC, "version: 0.2\r\nphases:\r\n  build:\r\n    commands:\r\n      - make\r\n", """
                        version: 0.2
                        phases:
                          build:
                            commands:
                              - make
                        """);
        add(YamlIssue.UNSUPPORTED_TAG, "tag that builds an object", Severity.WARNING,
                "Tags such as '!!java.net.URL' or '!!python/object' ask a YAML reader to construct objects, the"
                        + " classic YAML deserialisation attack. codestages never constructs them. A warning: that"
                        + " the AWS readers (CodeBuild's Go agent, the CodeDeploy agent's Ruby YAML) refuse such a"
                        + " tag is likely but not shown by any AWS document or public report.",
                YAML_SPEC, """
                        version: 0.2
                        phases:
                          build:
                            commands:
                              - !!java.net.URL "http://example.com"
                        """, """
                        version: 0.2
                        phases:
                          build:
                            commands:
                              - curl http://example.com
                        """);
        add(YamlIssue.UNUSED_SUPPRESSION, "suppression comment that suppresses nothing", Severity.INFO,
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
    }

    private YamlRules() {
    }

    private static void add(YamlIssue issue, String title, Severity severity, String rationale, String source,
                            String bad, String good) {
        BY_ISSUE.put(issue, new YamlRule(new RuleInfo(issue.ruleId(), title, severity, FileKind.BUILDSPEC, rationale,
                source, bad, good)));
    }

    public static List<YamlRule> all() {
        return List.copyOf(BY_ISSUE.values());
    }

    /** The finding for a problem the loader found in {@code file}. */
    public static Finding toFinding(YamlProblem problem, String file) {
        return ProblemRule.finding(BY_ISSUE.get(problem.issue()).info(), problem, file);
    }
}
