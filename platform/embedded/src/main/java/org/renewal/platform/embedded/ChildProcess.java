package org.renewal.platform.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Java main class run as a child JVM with this JVM's classpath; its output goes to a log file. The
 * child prints {@link #READY_MARKER} when it serves. Tests use it to stop, kill ({@code kill -9}),
 * pause ({@code SIGSTOP}) and resume infrastructure like a real outage.
 */
public final class ChildProcess implements AutoCloseable {

    public static final String READY_MARKER = "RENEWAL-READY";

    private final String name;
    private final List<String> command;
    private final Path logFile;
    private Process process;

    public ChildProcess(String name, Class<?> mainClass, Path logFile, String maxHeap, String... args) {
        this.name = name;
        this.logFile = logFile;
        this.command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dlogback.configurationFile=renewal-embedded-logback.xml",
                "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        this.command.addAll(List.of(args));
        this.command.add("--exit-with-parent");
    }

    /** Starts the child and waits until it reports ready. */
    public synchronized ChildProcess start(Duration timeout) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            long offset = Files.exists(logFile) ? Files.size(logFile) : 0;
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            awaitReady(offset, timeout);
            return this;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
    }

    private void awaitReady(long offset, Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + logFile);
            }
            byte[] all = Files.readAllBytes(logFile);
            if (new String(all, (int) offset, all.length - (int) offset).contains(READY_MARKER)) {
                return;
            }
            sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " not ready within " + timeout + "; see " + logFile);
    }

    /** Orderly stop (SIGTERM), waiting for the child to end. */
    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitFor();
        }
    }

    /** Abrupt stop, as {@code kill -9}. */
    public synchronized void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor();
        }
    }

    /** Freezes the child ({@code SIGSTOP}): its ports stay open but nothing answers. */
    public void pause() {
        signal("STOP");
    }

    /** Thaws a paused child ({@code SIGCONT}). */
    public void resume() {
        signal("CONT");
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        stop();
    }

    private void signal(String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("cannot signal " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void waitFor() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
