package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.yaml.Position;
import dev.codestages.yaml.ScalarStyle;
import dev.codestages.yaml.ScalarType;
import dev.codestages.yaml.YamlScalar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example values of the AWS documentation, found whole or as a part, and their near misses. */
class PlaceholdersTest {

    private static Placeholders.Found docs(String text) {
        return Placeholders.fromAwsDocs(new YamlScalar(text, ScalarStyle.PLAIN, ScalarType.STRING, null,
                new Position(1, 1), new Position(1, 1 + text.length())));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "sg-12345678 | sg-12345678",
        "SampleApplicationName | SampleApplicationName",
        "LambdaFunctionToValidateBeforeAllowingProductionTraffic | LambdaFunctionToValidateBeforeAllowingProductionTraffic",
        "arn:aws:iam::111222333444:role/deploy | 111222333444",
        "arn:aws:iam::account-id:role/deploy | :account-id:",
        "arn:aws:iam::ACCOUNT-ID:role/deploy | :ACCOUNT-ID:",
        "arn:aws:iam::Account-Id:role/deploy | :Account-Id:",
        "family my-task-definition-family-name:3 | my-task-definition-family-name"})
    void findsEachExampleWholeOrAsAPart(String value, String found) {
        assertThat(docs(value)).isNotNull();
        assertThat(docs(value).text()).isEqualTo(found);
        assertThat(docs(value).fromAwsDocs()).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "sg-1234567",
        "sg-123456789",
        "xSampleApplicationName",
        "arn:aws:iam::1112223334445:role/deploy",
        "arn:aws:iam::account-ids:role/deploy",
        "echo s3://bucket/key: done and more",
        "a:",
        "''"})
    void missesWhatOnlyLooksLikeOne(String value) {
        assertThat(docs(value)).isNull();
    }
}
