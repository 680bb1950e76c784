package dev.codestages.pipeline;

import dev.codestages.yaml.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One action of a stage: what runs (its type: category, owner, provider, version), when (its run
 * order), with which settings, and which artifacts it takes and makes. Values the file does not give
 * are {@link Value.Kind#ABSENT}, never null.
 *
 * @param name                 unique within its stage
 * @param category             {@code Source}, {@code Build}, ... ({@link #knownCategory()} gives the enum)
 * @param owner                {@code AWS}, {@code ThirdParty} or {@code Custom}
 * @param provider             {@code CodeCommit}, {@code CodeBuild}, ...
 * @param version              the action type version, {@code 1} for every AWS type
 * @param runOrder             as written; {@link #runOrderNumber()} gives the number, 1 when absent
 * @param configuration        the provider's settings
 * @param inputArtifacts       the artifacts it takes, in file order
 * @param outputArtifacts      the artifacts it makes, in file order
 * @param region               the Region of a cross-Region action
 * @param namespace            the variable namespace that makes its output variables referable
 * @param roleArn              the role the pipeline assumes to run it (cross-account)
 * @param timeoutInMinutes     only honoured for manual approvals
 * @param commands             the shell commands of a Compute ({@code Commands}) action
 * @param outputVariables      the variables a Compute action exports
 * @param environmentVariables the environment of a Compute action, as name and value
 * @param at                   where the action's declaration starts
 * @param variableReferences   the {@code #{namespace.variable}} references in its configuration values,
 *                             commands and environment values, in that order; parsed once, when the
 *                             action is made
 */
public record Action(Value name, Value category, Value owner, Value provider, Value version, Value runOrder,
                     Configuration configuration, List<Artifact> inputArtifacts, List<Artifact> outputArtifacts,
                     Value region, Value namespace, Value roleArn, Value timeoutInMinutes, List<Value> commands,
                     List<Value> outputVariables, List<Configuration.Setting> environmentVariables, Position at,
                     List<VariableReference> variableReferences) {

    public Action {
        inputArtifacts = List.copyOf(inputArtifacts);
        outputArtifacts = List.copyOf(outputArtifacts);
        commands = List.copyOf(commands);
        outputVariables = List.copyOf(outputVariables);
        environmentVariables = List.copyOf(environmentVariables);
        variableReferences = List.copyOf(variableReferences);
    }

    /** An action whose variable references are found in its values. */
    public Action(Value name, Value category, Value owner, Value provider, Value version, Value runOrder,
                  Configuration configuration, List<Artifact> inputArtifacts, List<Artifact> outputArtifacts,
                  Value region, Value namespace, Value roleArn, Value timeoutInMinutes, List<Value> commands,
                  List<Value> outputVariables, List<Configuration.Setting> environmentVariables, Position at) {
        this(name, category, owner, provider, version, runOrder, configuration, inputArtifacts, outputArtifacts, region,
                namespace, roleArn, timeoutInMinutes, commands, outputVariables, environmentVariables, at,
                referencesIn(configuration, commands, environmentVariables));
    }

    private static List<VariableReference> referencesIn(Configuration configuration, List<Value> commands,
                                                        List<Configuration.Setting> environmentVariables) {
        List<VariableReference> references = new ArrayList<>();
        for (Configuration.Setting setting : configuration.settings()) {
            references.addAll(VariableReference.in(setting.value()));
        }
        for (Value command : commands) {
            references.addAll(VariableReference.in(command));
        }
        for (Configuration.Setting variable : environmentVariables) {
            references.addAll(VariableReference.in(variable.value()));
        }
        return references;
    }

    /** The category, when it is one AWS knows. */
    public Optional<Category> knownCategory() {
        return Category.of(category);
    }

    /** The owner, when it is one AWS knows. */
    public Optional<Owner> knownOwner() {
        return Owner.of(owner);
    }

    /** The catalogue entry for this action's type, when codestages knows it. */
    public Optional<ActionType> type() {
        return ActionTypes.of(this);
    }

    public boolean isSource() {
        return category.is(Category.SOURCE.label());
    }

    public boolean isApproval() {
        return category.is(Category.APPROVAL.label());
    }

    /**
     * The run order as a number: 1 when absent (the AWS default) and also when it is a reference or not a
     * whole number, so that layout and runner always get an order (the rules report the bad value).
     */
    public int runOrderNumber() {
        if (!runOrder.isLiteral()) {
            return 1;
        }
        try {
            return Integer.parseInt(runOrder.text().trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Where to point at this action: its name, or its start when it has no name. */
    public Position nameAt() {
        return name.isPresent() ? name.at() : at;
    }
}
