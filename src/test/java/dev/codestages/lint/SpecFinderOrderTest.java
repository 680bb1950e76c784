package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that {@link SpecFinder#walk} finds the files one folder at a time in the order of their paths,
 * the order the report has always listed them in, where a folder's name sorts as if followed by '/'.
 */
class SpecFinderOrderTest {

    @Test
    void filesComeInTheOrderOfTheirPathsAcrossFolders(@TempDir Path temp) throws IOException {
        List<String> names = List.of("buildspec.yml", "a/buildspec.yml", "a-b/buildspec.yml", "a.b/buildspec.yml",
                "a/b/buildspec.yml", "a/buildspec-x.yml", "ab/buildspec.yml", "A/buildspec.yml",
                "é/buildspec.yml", "z/appspec.yml", "buildspec-1.yml", "a b/buildspec.yml");
        for (String name : names) {
            Files.createDirectories(temp.resolve(name).getParent());
            Files.writeString(temp.resolve(name), "version: 0.2\n");
        }
        List<Path> expected = new ArrayList<>();
        for (String name : names) {
            expected.add(temp.resolve(name));
        }
        expected.sort(null);

        List<Path> walked = new ArrayList<>();
        SpecSource walk = SpecFinder.walk(temp, false);
        for (SpecFile file = walk.next(); file != null; file = walk.next()) {
            walked.add(file.path());
        }

        assertThat(walked).isEqualTo(expected);
    }
}
