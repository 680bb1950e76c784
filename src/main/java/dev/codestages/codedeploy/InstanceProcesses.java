package dev.codestages.codedeploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The processes an instance folder's hooks left running (an application ApplicationStart started in the
 * background), found by the {@code CODESTAGES_INSTANCE_ROOT} every hook gets and passes on to what it
 * starts, and stopped as an instance is when it is terminated: {@code SIGTERM}, five seconds, then
 * {@code SIGKILL}. Only processes of this user are seen (Linux's {@code /proc}); elsewhere nothing is found.
 */
final class InstanceProcesses {

    private InstanceProcesses() {
    }

    /** The live processes whose environment names {@code folder} as their instance root. */
    static List<ProcessHandle> of(Path folder) {
        String wanted = "CODESTAGES_INSTANCE_ROOT=" + folder.toAbsolutePath().normalize();
        List<ProcessHandle> found = new ArrayList<>();
        ProcessHandle.allProcesses().forEach(process -> {
            if (process.pid() != ProcessHandle.current().pid() && hasVariable(process.pid(), wanted)) {
                found.add(process);
            }
        });
        return found;
    }

    private static boolean hasVariable(long pid, String wanted) {
        try {
            byte[] environment = Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "environ"));
            for (String entry : new String(environment, StandardCharsets.UTF_8).split("\0")) {
                if (entry.equals(wanted)) {
                    return true;
                }
            }
        } catch (IOException | SecurityException e) {
            // another user's process, or one that has just exited
        }
        return false;
    }

    /** Stops every process of the instance; returns how many there were. */
    static int stop(Path folder) {
        List<ProcessHandle> processes = of(folder);
        processes.forEach(ProcessHandle::destroy);
        if (!exited(processes, 5)) {
            processes.forEach(ProcessHandle::destroyForcibly);
            exited(processes, 5);
        }
        return processes.size();
    }

    private static boolean exited(List<ProcessHandle> processes, int seconds) {
        CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return processes.stream().noneMatch(ProcessHandle::isAlive);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
