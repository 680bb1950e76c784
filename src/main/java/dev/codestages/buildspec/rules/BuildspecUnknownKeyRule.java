package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.buildspec.BuildspecSchema;
import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.lint.ShapeViolation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** BS007: a key the buildspec format does not have here is ignored by CodeBuild, silently losing what it meant. */
public final class BuildspecUnknownKeyRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS007", "unknown key", Severity.WARNING, FileKind.BUILDSPEC,
            "CodeBuild ignores keys it does not know (it only logs \"The following keys cannot be identified\")"
                    + " and applies the defaults, so a typo such as 'discard_paths' or 'baseDirectory', or a key"
                    + " indented at the wrong level, silently does nothing. Keys are lower-case kebab-case;"
                    + " only the phase names use an underscore.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make
                    artifacts:
                      files:
                        - target/app.jar
                      discard_paths: yes
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make
                    artifacts:
                      files:
                        - target/app.jar
                      discard-paths: yes
                    """);

    /** Keys from other CI systems, with what to write instead. */
    private static final List<String> FOREIGN = List.of("steps", "run", "uses", "script", "stage", "jobs", "image",
            "before_script", "after_script");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** BS006 says better what an unknown key directly under 'phases' is. */
    @Override
    public List<String> defersTo() {
        return List.of("BS006");
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (ShapeViolation v : buildspec.violations(ShapeViolation.Kind.UNKNOWN_KEY)) {
            if (!isPhaseWithoutPhases(buildspec, v)) {
                context.report(v.node(), message(v), hint(v));
            }
        }
    }

    /** A phase written at the top level when 'phases' is missing: BS005 says so already. */
    private static boolean isPhaseWithoutPhases(Buildspec buildspec, ShapeViolation v) {
        return v.path().equals(v.key()) && BuildspecSchema.PHASES.contains(v.key()) && !buildspec.root().has("phases");
    }

    private static String message(ShapeViolation v) {
        String where = v.parentPath().isEmpty() ? "the top level" : "'" + v.parentPath() + "'";
        return "unknown key '" + v.key() + "' in " + where + "; CodeBuild ignores it";
    }

    private static String hint(ShapeViolation v) {
        String typo = DidYouMean.hint(v.key(), v.known());
        if (typo != null) {
            return typo;
        }
        List<String> elsewhere = BuildspecSchema.ROOT.locate(v.key());
        if (!elsewhere.isEmpty()) {
            String path = elsewhere.get(0);
            int dot = path.lastIndexOf('.');
            return dot < 0 ? "'" + v.key() + "' is a top-level key; check the indentation"
                    : "'" + v.key() + "' belongs under '" + path.substring(0, dot) + "'; check the indentation";
        }
        if (FOREIGN.contains(v.key())) {
            return "this is not buildspec syntax; CodeBuild runs the 'commands' of each phase";
        }
        return "expected one of: " + String.join(", ", sorted(v.known()));
    }

    private static List<String> sorted(Set<String> known) {
        // no stream: in a cold lint a stream pipeline costs more than the sort (bench/cold.sh profile)
        List<String> names = new ArrayList<>(known);
        Collections.sort(names);
        return names;
    }
}
