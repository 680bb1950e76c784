package dev.codestages.lint;

import dev.codestages.yaml.Position;
import dev.codestages.yaml.YamlNode;
import java.util.List;

/**
 * What a rule reports through: it names the node at fault and says what is wrong; file, position
 * and severity are filled in here, so no rule ever computes a line or a column.
 */
public final class RuleContext {

    private final String file;
    private final RuleInfo rule;
    private final List<Finding> sink;

    RuleContext(String file, RuleInfo rule, List<Finding> sink) {
        this.file = file;
        this.rule = rule;
        this.sink = sink;
    }

    /** The file being checked, as the user named it. */
    public String file() {
        return file;
    }

    /**
     * The context of the same rule in another file of the lint, for a rule whose model spans files (an
     * AppSpec paired with the buildspecs whose artifact may be its bundle): the finding goes to that file.
     */
    public RuleContext inFile(String otherFile) {
        return new RuleContext(otherFile, rule, sink);
    }

    /** The id of the rule that reports through this context. */
    public String ruleId() {
        return rule.id();
    }

    public void report(YamlNode node, String message) {
        report(node.start(), message, null);
    }

    public void report(YamlNode node, String message, String hint) {
        report(node.start(), message, hint);
    }

    public void report(Position at, String message, String hint) {
        sink.add(new Finding(rule.id(), rule.severity(), file, at, message, hint));
    }
}
