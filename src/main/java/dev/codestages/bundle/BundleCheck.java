package dev.codestages.bundle;

import dev.codestages.lint.CrossFileCheck;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.Finding;
import dev.codestages.lint.FindingCollector;
import dev.codestages.lint.LintOptions;
import dev.codestages.lint.MemoryFile;
import dev.codestages.lint.Rule;
import dev.codestages.lint.SpecFile;
import dev.codestages.yaml.YamlMapping;
import java.util.List;

/** Stub. */
public final class BundleCheck implements CrossFileCheck {
    @Override
    public List<? extends Rule> rules() {
        return List.of();
    }

    @Override
    public Session start(LintOptions options, List<MemoryFile> memory) {
        return new Session() {
            @Override
            public void add(SpecFile file, FileKind kind, YamlMapping root, FindingCollector out) {
            }

            @Override
            public List<Finding> finish() {
                return List.of();
            }
        };
    }
}
