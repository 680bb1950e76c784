package dev.codestages.appspec;

import dev.codestages.yaml.YamlScalar;
import java.math.BigInteger;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A hook timeout as the Ruby agent reads it, the one reading the rules and the local agent share: the
 * YAML 1.1 value, then Ruby's {@code to_i}, and 3600 when the script names none. So {@code "300"} is
 * 300, {@code 30s} is 30, {@code 3.9} is 3, {@code 0x10} is 16 and {@code false} falls back to 3600;
 * {@code true} or a date makes the agent crash, which is reported as "no value". Huge numbers are capped. Source: aws-codedeploy-agent,
 * lib/instance_agent/plugins/codedeploy/application_specification/script_info.rb
 * ({@code @timeout = opts[:timeout] || 3600; @timeout = @timeout.to_i}, and a value {@code <= 0}
 * fails the deployment).
 */
public final class AgentTimeout {

    /** The seconds a script may run when its entry names no timeout. */
    public static final long DEFAULT_SECONDS = 3600;

    private static final long CAP = 1_000_000_000L;
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** The YAML 1.1 spellings of false that Ruby's Psych reads. */
    private static final Pattern FALSE = Pattern.compile("(?i)false|no|off");

    private AgentTimeout() {
    }

    /**
     * The seconds the agent gives a script whose {@code timeout} is {@code scalar} (null when the entry
     * has none): {@link #DEFAULT_SECONDS} for none or null, else {@link #read}.
     */
    public static OptionalLong seconds(YamlScalar scalar) {
        return scalar == null || scalar.isNull() ? OptionalLong.of(DEFAULT_SECONDS) : read(scalar);
    }

    /** True when the agent accepts the seconds: it fails the deployment on none or on zero or less. */
    public static boolean isUsable(OptionalLong seconds) {
        return seconds.isPresent() && seconds.getAsLong() > 0;
    }

    /** The seconds the agent would use, or empty when it cannot read the value at all. */
    public static OptionalLong read(YamlScalar scalar) {
        String text = scalar.value().trim();
        switch (scalar.type()) {
            case INTEGER:
                return yamlInteger(text);
            case FLOAT:
                return yamlFloat(text);
            case STRING:
            case OTHER:
                return OptionalLong.of(rubyToI(scalar.value()));
            case BOOLEAN:
                // "opts[:timeout] || 3600": false falls back to the hour; true has no to_i and crashes
                return FALSE.matcher(text).matches() ? OptionalLong.of(DEFAULT_SECONDS) : OptionalLong.empty();
            default:
                return OptionalLong.empty();
        }
    }

    /** True for the one form both agents read: a plain, unquoted decimal whole number. */
    public static boolean isPlainInteger(YamlScalar scalar) {
        return !scalar.style().isQuoted() && scalar.explicitTag() == null && DIGITS.matcher(scalar.value()).matches();
    }

    private static OptionalLong yamlInteger(String text) {
        String digits = text.replace("_", "");
        boolean negative = digits.startsWith("-");
        if (digits.startsWith("-") || digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        try {
            BigInteger value;
            if (digits.contains(":")) {
                value = BigInteger.ZERO;
                for (String part : digits.split(":")) {
                    value = value.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
                }
            } else if (digits.startsWith("0x")) {
                value = new BigInteger(digits.substring(2), 16);
            } else if (digits.startsWith("0b")) {
                value = new BigInteger(digits.substring(2), 2);
            } else if (digits.length() > 1 && digits.startsWith("0")) {
                value = new BigInteger(digits.substring(1), 8);
            } else {
                value = new BigInteger(digits);
            }
            return OptionalLong.of(cap(negative ? value.negate() : value));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong yamlFloat(String text) {
        try {
            double value = Double.parseDouble(text.replace("_", ""));
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return OptionalLong.empty();
            }
            return OptionalLong.of((long) Math.max(-CAP, Math.min(CAP, value)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty(); // .inf, .nan: Ruby raises FloatDomainError
        }
    }

    /** Ruby's String#to_i: leading blanks, a sign, digits (single underscores between them), then stop. */
    private static long rubyToI(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long value = 0;
        boolean digit = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                value = Math.min(CAP, value * 10 + (c - '0'));
                digit = true;
            } else if (c == '_' && digit && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                continue;
            } else {
                break;
            }
        }
        return negative ? -value : value;
    }

    private static long cap(BigInteger value) {
        return value.max(BigInteger.valueOf(-CAP)).min(BigInteger.valueOf(CAP)).longValue();
    }
}
