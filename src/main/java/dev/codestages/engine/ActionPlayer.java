package dev.codestages.engine;

import java.io.IOException;

/** Plays one kind of action (a provider) on this machine. */
interface ActionPlayer {

    /**
     * Plays the action; an {@link IOException} fails it with the exception's message.
     *
     * @throws InterruptedException when the execution is stopped meanwhile
     */
    ActionOutcome play(ActionRun run) throws IOException, InterruptedException;
}
