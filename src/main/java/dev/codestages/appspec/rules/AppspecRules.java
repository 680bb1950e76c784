package dev.codestages.appspec.rules;

import dev.codestages.appspec.AppspecRule;
import java.util.List;

/** Every appspec rule, by id. Adding a rule means adding it here. */
public final class AppspecRules {

    private AppspecRules() {
    }

    public static List<AppspecRule> all() {
        return List.of(
                new AppspecVersionMissingRule(),
                new AppspecVersionValueRule(),
                new AppspecVersionQuotedRule(),
                new OsMissingRule(),
                new OsValueRule(),
                new AppspecUnknownKeyRule(),
                new OverwriteKeyRule(),
                new HookCommandsRule(),
                new AppspecWrongTypeRule(),
                new AppspecEmptyValueRule(),
                new UnknownEventRule(),
                new ReservedEventRule(),
                new EmptyEventRule(),
                new ScriptLocationMissingRule(),
                new TimeoutInvalidRule(),
                new TimeoutNotIntegerRule(),
                new TimeoutLimitRule(),
                new RunasOnWindowsRule(),
                new LocationNotAFileRule(),
                new PathLeavesBundleRule(),
                new ValidateServiceMissingRule(),
                new FileEntryIncompleteRule(),
                new DestinationNotAbsoluteRule(),
                new FileExistsBehaviorRule(),
                new PermissionsOnWindowsRule(),
                new PermissionObjectMissingRule(),
                new ModeOctalRule(),
                new ModeInvalidRule(),
                new PermissionTypeRule(),
                new AclEntryRule(),
                new ContextTypeMissingRule(),
                new ContextUserRule(),
                new PermissionMatchesNothingRule(),
                new PermissionPatternRule(),
                new VersionUndocumentedRule(),
                new ContextRangeRule(),
                new PermissionOverlapRule(),
                new SudoValueRule(),
                new LambdaFunctionCountRule(),
                new LambdaPropertyMissingRule(),
                new LambdaVersionRule(),
                new LambdaSameVersionRule(),
                new ResourceTypeRule(),
                new HookEventNotAllowedRule(),
                new HookFunctionMissingRule(),
                new EcsTargetServiceRule(),
                new EcsTaskDefinitionMissingRule(),
                new EcsTaskDefinitionValueRule(),
                new EcsLoadBalancerInfoRule(),
                new EcsContainerPortRule(),
                new EcsNetworkConfigurationRule(),
                new EcsPlatformVersionRule(),
                new EcsCapacityProviderRule());
    }
}
