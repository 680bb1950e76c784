package dev.codestages.codedeploy.lambda;

/**
 * A function name as {@code invoke} takes it: {@code FUNCTION}, {@code FUNCTION:ALIAS} or
 * {@code FUNCTION:VERSION}, as the Lambda API's FunctionName with a qualifier. Without one it means
 * {@code $LATEST}, as an unqualified Invoke does.
 */
public record QualifiedName(String function, String qualifier) {

    /** Splits and checks {@code text}. */
    public static QualifiedName parse(String text) throws LambdaException {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new QualifiedName(LambdaNames.function(text), LambdaNames.LATEST);
        }
        String function = LambdaNames.function(text.substring(0, colon));
        String qualifier = text.substring(colon + 1);
        return new QualifiedName(function, LambdaNames.isVersion(qualifier) ? qualifier : LambdaNames.alias(qualifier));
    }

    @Override
    public String toString() {
        return function + ":" + qualifier;
    }
}
