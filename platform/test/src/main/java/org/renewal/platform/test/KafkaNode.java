package org.renewal.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.renewal.platform.embedded.ChildProcess;
import org.renewal.platform.embedded.EmbeddedKafkaMain;

/**
 * A real single-node Kafka broker in a child JVM on free ports, with its data in a temporary
 * directory; it can be stopped, killed ({@code kill -9}), paused and restarted on the same port with
 * the same data, like a real outage.
 */
public final class KafkaNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final int port;
    private final ChildProcess process;

    private KafkaNode(int port, ChildProcess process) {
        this.port = port;
        this.process = process;
    }

    public static KafkaNode start() {
        try {
            Path dir = Files.createTempDirectory("renewal-kafka-");
            int port = FreePorts.next();
            int controllerPort = FreePorts.next();
            ChildProcess process = new ChildProcess("kafka:" + port, EmbeddedKafkaMain.class,
                    dir.resolve("kafka.log"), "384m",
                    "--port", Integer.toString(port), "--controller-port", Integer.toString(controllerPort),
                    "--dir", dir.resolve("data").toString());
            return new KafkaNode(port, process.start(START_TIMEOUT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Orderly stop; {@link #restart()} brings the same broker back with its data. */
    public void stop() {
        process.stop();
    }

    /** Abrupt stop, as {@code kill -9}. */
    public void kill() {
        process.kill();
    }

    public void restart() {
        process.stop();
        process.start(START_TIMEOUT);
    }

    /** Freezes the broker ({@code SIGSTOP}): connections stay open, nothing answers. */
    public void pause() {
        process.pause();
    }

    /** Lets a paused broker go on ({@code SIGCONT}). */
    public void resume() {
        process.resume();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.stop();
    }

}
