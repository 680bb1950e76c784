package dev.codestages.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An error the API answers in the awsJson1.1 error shape, {@code {"__type": TYPE, "message": MESSAGE}}, with
 * its HTTP status: TYPE is an error shape of the service's model (PipelineNotFoundException, ...) or one of
 * the errors every AWS JSON service answers (UnknownOperationException, InvalidSignatureException, ...).
 */
final class AwsApiError extends Exception {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final int httpStatus;

    /** An engine refusal that names AWS's error first ("StageNotRetryableException: ..."). */
    private static final Pattern NAMED = Pattern.compile("([A-Z][A-Za-z]+Exception): (.*)", Pattern.DOTALL);

    /**
     * The error for an engine refusal: the AWS error its message names, else {@code fallbackType}.
     */
    static AwsApiError refused(Exception refusal, String fallbackType) {
        String message = String.valueOf(refusal.getMessage());
        Matcher named = NAMED.matcher(message);
        return named.matches() ? new AwsApiError(named.group(1), named.group(2)) : new AwsApiError(fallbackType, message);
    }

    AwsApiError(String type, String message) {
        this(type, message, 400);
    }

    AwsApiError(String type, String message, int httpStatus) {
        super(message, null, false, false);
        this.type = type;
        this.httpStatus = httpStatus;
    }

    String type() {
        return type;
    }

    int httpStatus() {
        return httpStatus;
    }
}
