package dev.codestages.codedeploy.lambda;

/**
 * What a Lambda deployment shifts, as the AppSpec's {@code AWS::Lambda::Function} resource names it: the
 * function ({@code Name}), its {@code Alias}, and the {@code CurrentVersion} traffic moves from and the
 * {@code TargetVersion} it moves to.
 */
public record AliasShift(String function, String alias, String currentVersion, String targetVersion) {
}
