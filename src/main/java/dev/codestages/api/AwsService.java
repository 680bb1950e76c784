package dev.codestages.api;

/**
 * One AWS service the local API answers for: its awsJson1.1 target prefix ({@code CodePipeline_20150709}),
 * the service name requests are signed for ({@code codepipeline}) and its operations.
 */
abstract class AwsService {

    private final String targetPrefix;
    private final String signingName;

    AwsService(String targetPrefix, String signingName) {
        this.targetPrefix = targetPrefix;
        this.signingName = signingName;
    }

    final String targetPrefix() {
        return targetPrefix;
    }

    final String signingName() {
        return signingName;
    }

    /**
     * Answers {@code operation}: a value {@link ApiJsonWriter} writes.
     *
     * @throws AwsApiError with the service's error type; UnknownOperationException for an operation it lacks
     */
    abstract Object call(String operation, ApiInput input) throws AwsApiError;

    /** AWS's answer to an operation this service does not have. */
    final AwsApiError unknown(String operation) {
        return unknownTarget(targetPrefix + "." + operation);
    }

    /** AWS's answer to a target no service here has. */
    static AwsApiError unknownTarget(String target) {
        return new AwsApiError("UnknownOperationException", "Unknown operation " + target);
    }
}
