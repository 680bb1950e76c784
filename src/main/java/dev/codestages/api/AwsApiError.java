package dev.codestages.api;

/**
 * An error the API answers in the awsJson1.1 error shape, {@code {"__type": TYPE, "message": MESSAGE}}, with
 * its HTTP status: TYPE is an error shape of the service's model (PipelineNotFoundException, ...) or one of
 * the errors every AWS JSON service answers (UnknownOperationException, InvalidSignatureException, ...).
 */
final class AwsApiError extends Exception {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final int httpStatus;

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
