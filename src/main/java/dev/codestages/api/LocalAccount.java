package dev.codestages.api;

/**
 * The fixed Region and account id of the local API, used in every ARN it answers with, so that ARNs stay
 * stable between runs and can never be mistaken for a real account: 000000000000 is not an account AWS issues.
 */
public final class LocalAccount {

    /** The Region requests must be signed for. */
    public static final String REGION = "us-east-1";

    /** The account id in every ARN. */
    public static final String ACCOUNT_ID = "000000000000";

    private LocalAccount() {
    }

    /** {@code arn:aws:SERVICE:us-east-1:000000000000:RESOURCE}. */
    static String arn(String service, String resource) {
        return "arn:aws:" + service + ":" + REGION + ":" + ACCOUNT_ID + ":" + resource;
    }
}
