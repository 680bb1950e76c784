package dev.codestages.yaml;

/** How a scalar was written: rules use it to say "quote this" or "this block is one command". */
public enum ScalarStyle {
    PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED;

    public boolean isQuoted() {
        return this == SINGLE_QUOTED || this == DOUBLE_QUOTED;
    }

    public boolean isBlock() {
        return this == LITERAL || this == FOLDED;
    }
}
