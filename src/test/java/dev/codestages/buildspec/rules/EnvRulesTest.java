package dev.codestages.buildspec.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.Finding;
import dev.codestages.lint.Linter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests the edge cases of the env rules BS020-BS031 that the fixtures do not show one by one. */
class EnvRulesTest {

    private static List<Finding> lint(String yaml) {
        return new Linter().lintBytes("buildspec.yml", yaml.getBytes(StandardCharsets.UTF_8), FileKind.BUILDSPEC)
                .findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod/db", "prod/db:password", "prod/db:password:AWSCURRENT", "prod/db:password::v1",
        "prod/db::AWSPREVIOUS", "prod/db:::v1", "prod/db:password::",
        "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf",
        "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf:password:AWSCURRENT:",
        "arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:db:password"})
    void acceptsEveryDocumentedSecretsManagerReference(String reference) {
        assertThat(SecretsManagerReferenceRule.problem(reference)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a:b:c:d:e | has 5 parts",
        ":key | has an empty secret-id",
        "a:b:AWSCURRENT:v1 | gives both a version-stage",
        "arn:aws:secretsmanager:eu-west-1:123456789012:secret | is an incomplete ARN",
        "arn:aws:secretsmanager:eu-west-1:123456789012:secret::key | has an empty secret-id",
        "arn:aws:ssm:eu-west-1:123456789012:parameter/x | is not the ARN of a Secrets Manager secret",
        "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db:k:AWSCURRENT:v1 | gives both a version-stage"})
    void explainsWhatIsWrongWithAReference(String reference, String problem) {
        assertThat(SecretsManagerReferenceRule.problem(reference).message()).startsWith(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DB_PASSWORD", "dbPassword", "GITHUB_TOKEN", "NPMTOKEN", "CLIENT_SECRET",
        "AWS_SECRET_ACCESS_KEY", "STRIPE_API_KEY", "apiKey", "SSH_PRIVATE_KEY", "db-passwd"})
    void namesThatHoldASecret(String name) {
        assertThat(PlainTextSecretRule.namesSecret(name)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "dbPassword | DB,PASSWORD",
        "DB_PASSWORD | DB,PASSWORD",
        "a1B.c--d__e | A1,B,C,D,E",
        "_LEADING_ | LEADING",
        "XMLHttpToken | XMLHTTP,TOKEN",
        "aBcD | A,BC,D",
        "camel2Case | CAMEL2,CASE"})
    void splitsANameIntoUpperCaseWordsAtSeparatorsAndHumps(String name, String words) {
        assertThat(PlainTextSecretRule.words(name)).containsExactly(words.split(","));
    }

    @Test
    void nameOfOnlySeparatorsHasNoWords() {
        assertThat(PlainTextSecretRule.words("_-.")).isEmpty();
        assertThat(PlainTextSecretRule.namesSecret("__")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SECRET_ARN", "SECRET_NAME", "TOKEN_URL", "PASSWORD_PARAMETER", "DB_PASSWORD_FILE",
        "TOKENIZERS_PARALLELISM", "API_KEY_HEADER", "PWD", "KEYBOARD", "SECRETS_MANAGER_SECRET_ID", "STAGE"})
    void namesThatDoNotHoldASecret(String name) {
        assertThat(PlainTextSecretRule.namesSecret(name)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"bash, bash", "/bin/bash, bash", "/usr/bin/bash -e, bash", "BASH.EXE, bash",
        "C:\\Windows\\System32\\cmd.exe, cmd", "powershell.exe, powershell", "/bin/sh, sh"})
    void readsTheProgramOfAShellValue(String value, String program) {
        assertThat(ShellCatalog.program(value)).isEqualTo(program);
    }

    @Test
    void placeholderYesNoIsReportedOnceAsAPlaceholderNotAsAWrongType() {
        assertThat(lint("""
                version: 0.2
                env:
                  git-credential-helper: no | yes
                phases:
                  build:
                    commands:
                      - make
                """)).extracting(Finding::rule, f -> f.at().line(), f -> f.at().column())
                .containsExactly(tuple("BS030", 3, 26));
    }

    @Test
    void otherWordsForAFlagAreStillAWrongType() {
        assertThat(lint("""
                version: 0.2
                env:
                  git-credential-helper: sometimes
                phases:
                  build:
                    commands:
                      - make
                """)).extracting(Finding::rule).containsExactly("BS008");
    }

    @Test
    void aPlaceholderShellIsNotAlsoAnUnknownShell() {
        assertThat(lint("""
                version: 0.2
                env:
                  shell: shell-tag
                phases:
                  build:
                    commands:
                      - make
                """)).extracting(Finding::rule).containsExactly("BS030");
    }

    @Test
    void anEmptyShellStringIsLeftAlone() {
        assertThat(lint("""
                version: 0.2
                env:
                  shell: ""
                phases:
                  build:
                    commands:
                      - make
                """)).isEmpty();
    }

    @Test
    void reportsTheLaterOfTwoDefinitionsInFileOrder() {
        assertThat(lint("""
                version: 0.2
                env:
                  parameter-store:
                    TOKEN_PATH: /ci/token
                  variables:
                    TOKEN_PATH: /ci/other
                phases:
                  build:
                    commands:
                      - make
                """)).extracting(Finding::rule, f -> f.at().line(), Finding::message)
                .containsExactly(tuple("BS024", 6, "'TOKEN_PATH' is defined in both 'env.parameter-store' (line 4)"
                        + " and 'env.variables'; which value the build gets is not documented"));
    }
}
