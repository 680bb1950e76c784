package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The console's server code loads only when {@code console} runs: a {@code lint} in a fresh JVM, through
 * picocli (which builds every command, {@code console} too), loads the console command's class but no class
 * of {@code dev.codestages.console}, so lint starts no slower for it.
 */
class ConsoleLoadingTest {

    @Test
    void lintLoadsNoClassOfTheConsolePackage() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), "dev.codestages.cli.Codestages", "lint", "--format", "json",
                "src/test/resources/diagram/hostile-pipeline.json"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).as("the lint ran through picocli").contains("dev.codestages.cli.ConsoleCommand ",
                "\"findings\"");
        assertThat(output.lines().filter(line -> line.contains("dev.codestages.console.")).toList()).isEmpty();
    }
}
