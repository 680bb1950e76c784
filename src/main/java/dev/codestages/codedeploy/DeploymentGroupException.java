package dev.codestages.codedeploy;

/**
 * A deployment group that cannot be played as written: a template or JSON file that cannot be read, a
 * deployment configuration that does not exist, instances that cannot be counted. The message names the
 * file, line and column and says what to change; the CLI prints it and exits with code 2.
 */
public final class DeploymentGroupException extends Exception {

    private static final long serialVersionUID = 1L;

    public DeploymentGroupException(String message) {
        super(message);
    }
}
