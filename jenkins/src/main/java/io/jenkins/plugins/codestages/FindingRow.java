package io.jenkins.plugins.codestages;

import dev.codestages.lint.Finding;
import java.io.Serializable;

/**
 * One finding as the build page shows it. A plugin class of JDK fields, so it may travel from the agent
 * and be saved with the build without a class-filter entry; every field is text from a spec file and is
 * escaped by the Jelly views.
 */
public final class FindingRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String rule;
    private final String severity;
    private final String file;
    private final int line;
    private final int column;
    private final String message;
    private final String hint;

    FindingRow(Finding finding) {
        this.rule = finding.rule();
        this.severity = finding.severity().label();
        this.file = finding.file();
        this.line = finding.line();
        this.column = finding.column();
        this.message = finding.message();
        this.hint = finding.hint();
    }

    public String getRule() {
        return rule;
    }

    public String getSeverity() {
        return severity;
    }

    public String getFile() {
        return file;
    }

    public int getLine() {
        return line;
    }

    public int getColumn() {
        return column;
    }

    public String getMessage() {
        return message;
    }

    public String getHint() {
        return hint;
    }
}
