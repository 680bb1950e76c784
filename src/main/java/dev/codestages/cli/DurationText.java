package dev.codestages.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A duration as a user types it on the command line: a whole number and a unit, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d}. */
final class DurationText {

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,9})([smhd])");

    private DurationText() {
    }

    /**
     * Reads {@code text}.
     *
     * @throws IllegalArgumentException naming {@code option} when it is no such duration or zero
     */
    static Duration parse(String option, String text) {
        Matcher m = SHAPE.matcher(text.trim());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException(option + " takes a positive duration such as 30s, 5m, 2h or 1d, got '"
                    + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        switch (m.group(2)) {
            case "s":
                return Duration.ofSeconds(n);
            case "m":
                return Duration.ofMinutes(n);
            case "h":
                return Duration.ofHours(n);
            default:
                return Duration.ofDays(n);
        }
    }
}
