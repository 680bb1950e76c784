package dev.codestages.yaml;

/**
 * The kinds of problem found while reading a YAML file, each with the stable rule id under which it
 * is reported. Their documentation and severity live with the other rules in the registry.
 */
public enum YamlIssue {
    SYNTAX("YAML001"),
    DUPLICATE_KEY("YAML002"),
    TAB_INDENTATION("YAML003"),
    BYTE_ORDER_MARK("YAML004"),
    INVALID_UTF8("YAML005"),
    EMPTY_FILE("YAML006"),
    SEVERAL_DOCUMENTS("YAML007"),
    ROOT_NOT_MAPPING("YAML008"),
    LIMIT_EXCEEDED("YAML009"),
    CRLF_LINE_ENDINGS("YAML010"),
    UNSUPPORTED_TAG("YAML011");

    private final String ruleId;

    YamlIssue(String ruleId) {
        this.ruleId = ruleId;
    }

    public String ruleId() {
        return ruleId;
    }
}
