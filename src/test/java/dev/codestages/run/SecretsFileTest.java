package dev.codestages.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link SecretsFile}: NAME=VALUE lines read literally. */
class SecretsFileTest {

    @TempDir
    Path temp;

    @Test
    void eachLineSplitsAtItsFirstEqualsSignAndKeepsBackslashesAndColons() throws Exception {
        Path file = temp.resolve("secrets");
        Files.writeString(file, """
                # local values
                prod/api:key=VAL
                /prod/db/password=p\\a\\\\ss=word
                weird=\\u00
                windows=crlf\r

                """, StandardCharsets.UTF_8);

        assertThat(SecretsFile.read(file)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "prod/api:key", "VAL",
                "/prod/db/password", "p\\a\\\\ss=word",
                "weird", "\\u00",
                "windows", "crlf"));
    }

    @Test
    void aLineWithoutANameIsRefusedWithItsNumber() throws Exception {
        Path file = temp.resolve("secrets");
        Files.writeString(file, "a=1\njust-a-value\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SecretsFile.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ", line 2: expected NAME=VALUE");
    }
}
