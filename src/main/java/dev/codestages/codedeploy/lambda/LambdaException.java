package dev.codestages.codedeploy.lambda;

/**
 * A Lambda request the local store cannot honour, as AWS would refuse it (a name outside AWS's pattern, a
 * version that is not published): its message is the one line a user sees, in AWS's words where AWS has them.
 */
public final class LambdaException extends Exception {

    public LambdaException(String message) {
        super(message, null, false, false);
    }
}
