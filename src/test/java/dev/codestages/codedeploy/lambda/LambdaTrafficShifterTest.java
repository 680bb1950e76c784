package dev.codestages.codedeploy.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link LambdaTrafficShifter}: an alias moved along a plan on a manual clock, and rolled back. */
class LambdaTrafficShifterTest {

    private static final AliasShift SHIFT = new AliasShift("greeter", "live", "1", "2");

    @TempDir
    Path project;

    private LambdaStore store;
    private final ManualClock clock = new ManualClock();
    private final List<String> seen = new ArrayList<>();

    @BeforeEach
    void twoVersionsAndAnAliasOnTheFirst() throws Exception {
        store = LambdaStore.in(project.resolve(".codestages"));
        store.publishCommand("greeter", "echo one");
        store.publishCommand("greeter", "echo two");
        store.setAlias("greeter", "live", "1");
    }

    private ShiftOutcome shift(String config) throws Exception {
        return new LambdaTrafficShifter(store, clock).shift(SHIFT, LambdaDeploymentConfig.named(config).steps(),
                Optional::empty, step -> seen.add(minutes(step.at()) + " " + step.alias().describe()));
    }

    private static long minutes(Instant at) {
        return Duration.between(ManualClock.START, at).toMinutes();
    }

    @Test
    void aCanaryGivesTenPercentAtOnceAndEverythingAfterFiveMinutes() throws Exception {
        ShiftOutcome outcome = shift("CodeDeployDefault.LambdaCanary10Percent5Minutes");

        assertThat(seen).containsExactly("0 live: 1 (90%), 2 (10%)", "5 live: 2");
        assertThat(clock.waits).extracting(LambdaTrafficShifterTest::minutes).containsExactly(0L, 5L);
        assertThat(outcome.completed()).isTrue();
        assertThat(store.alias("greeter", "live").version()).isEqualTo("2");
    }

    @Test
    void aLinearShiftMovesTenPercentEveryInterval() throws Exception {
        shift("CodeDeployDefault.LambdaLinear10PercentEvery2Minutes");

        assertThat(seen).hasSize(10).startsWith("0 live: 1 (90%), 2 (10%)", "2 live: 1 (80%), 2 (20%)",
                "4 live: 1 (70%), 2 (30%)").endsWith("16 live: 1 (10%), 2 (90%)", "18 live: 2");
    }

    @Test
    void allAtOnceMovesTheAliasInOneStep() throws Exception {
        shift("CodeDeployDefault.LambdaAllAtOnce");

        assertThat(seen).containsExactly("0 live: 2");
    }

    @Test
    void duringACanaryInvocationsOfTheAliasAreAnsweredByBothVersions() throws Exception {
        LambdaInvoker invoker = new LambdaInvoker(store, project, new Random(7));
        TreeSet<String> duringCanary = new TreeSet<>();
        List<String> answers = new ArrayList<>();
        new LambdaTrafficShifter(store, clock).shift(SHIFT,
                LambdaDeploymentConfig.named("CodeDeployDefault.LambdaCanary10Percent5Minutes").steps(),
                Optional::empty, step -> {
                    if (step.step().newVersionPercent() == 10) {
                        for (int i = 0; i < 30; i++) {
                            FunctionAnswer answer = invoke(invoker);
                            duringCanary.add(answer.executedVersion());
                            answers.add(answer.answer().strip());
                        }
                    }
                });

        assertThat(duringCanary).containsExactly("1", "2");
        assertThat(answers).contains("one", "two");
        assertThat(invoke(invoker).executedVersion()).isEqualTo("2");
    }

    private static FunctionAnswer invoke(LambdaInvoker invoker) {
        try {
            return invoker.invoke(QualifiedName.parse("greeter:live"), "{}");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aStopBeforeTheNextStepRollsTheAliasBackToTheCurrentVersion() throws Exception {
        List<Optional<String>> answers = new ArrayList<>(List.of(Optional.empty(), Optional.of("stopped by the user")));
        ShiftOutcome outcome = new LambdaTrafficShifter(store, clock).shift(SHIFT,
                LambdaDeploymentConfig.named("CodeDeployDefault.LambdaCanary10Percent30Minutes").steps(),
                () -> answers.remove(0), step -> seen.add(step.alias().describe()));

        assertThat(seen).containsExactly("live: 1 (90%), 2 (10%)");
        assertThat(outcome.completed()).isFalse();
        assertThat(outcome.stopReason()).isEqualTo("stopped by the user");
        assertThat(store.alias("greeter", "live")).isEqualTo(new AliasRouting("greeter", "live", "1", null, 0.0));
    }

    @Test
    void anInterruptWhileWaitingRollsTheAliasBackAndIsPassedOn() throws Exception {
        DeploymentClock interrupted = new DeploymentClock() {
            private int waits;

            @Override
            public Instant now() {
                return ManualClock.START;
            }

            @Override
            public void sleepUntil(Instant instant) throws InterruptedException {
                if (++waits == 2) {
                    throw new InterruptedException();
                }
            }
        };
        assertThatThrownBy(() -> new LambdaTrafficShifter(store, interrupted).shift(SHIFT,
                LambdaDeploymentConfig.named("CodeDeployDefault.LambdaCanary10Percent5Minutes").steps(),
                Optional::empty, step -> seen.add(step.alias().describe())))
                .isInstanceOf(InterruptedException.class);

        assertThat(seen).containsExactly("live: 1 (90%), 2 (10%)");
        assertThat(store.alias("greeter", "live").describe()).isEqualTo("live: 1");
    }

    @Test
    void aRollbackAfterTheShiftPutsTheAliasBackOnTheCurrentVersion() throws Exception {
        shift("CodeDeployDefault.LambdaAllAtOnce");
        AliasRouting back = new LambdaTrafficShifter(store, clock).rollBack(SHIFT);

        assertThat(back.describe()).isEqualTo("live: 1");
        assertThat(store.alias("greeter", "live").describe()).isEqualTo("live: 1");
    }

    @Test
    void aTargetVersionThatIsNotPublishedFailsBeforeTheAliasMoves() {
        AliasShift toNowhere = new AliasShift("greeter", "live", "1", "3");
        assertThatThrownBy(() -> new LambdaTrafficShifter(store, clock).shift(toNowhere,
                LambdaDeploymentConfig.named("CodeDeployDefault.LambdaAllAtOnce").steps(), Optional::empty, step -> { }))
                .isInstanceOf(LambdaException.class).hasMessage("Function not found: greeter:3");
        assertThat(clock.waits).isEmpty();
    }

    @Test
    void aScaledClockRunsItsTimeFasterThanTheRealOne() throws Exception {
        ScaledClock fast = new ScaledClock(60_000);
        Instant start = fast.now();
        fast.sleepUntil(start.plus(Duration.ofMinutes(5)));
        assertThat(fast.now()).isAfterOrEqualTo(start.plus(Duration.ofMinutes(5)));
        assertThatThrownBy(() -> new ScaledClock(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
