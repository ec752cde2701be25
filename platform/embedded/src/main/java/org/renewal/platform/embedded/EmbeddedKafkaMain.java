package org.renewal.platform.embedded;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a real single-node Kafka broker (combined broker + KRaft controller) on a fixed port, with
 * its log directory under {@code --dir}. Formats the storage on first start; a second start reuses
 * it, so topics and records survive a restart.
 *
 * <pre>java -cp ... org.renewal.platform.embedded.EmbeddedKafkaMain --port 9092 --dir data/kafka</pre>
 */
public final class EmbeddedKafkaMain {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaMain.class);
    /** Fixed so that a restart of the same directory is the same cluster. */
    private static final String CLUSTER_ID = "cmVuZXdhbC1sb2NhbA";

    private EmbeddedKafkaMain() {
    }

    public static void main(String[] args) throws Exception {
        LauncherArgs a = LauncherArgs.parse(args);
        int port = a.intValue("port", 9092);
        int controllerPort = a.intValue("controller-port", port + 1);
        Path dir = Path.of(a.value("dir", "data/kafka")).toAbsolutePath();
        Files.createDirectories(dir);

        Properties props = brokerProperties(port, controllerPort, dir);
        Path propsFile = dir.getParent().resolve(dir.getFileName() + ".properties");
        try (OutputStream out = Files.newOutputStream(propsFile)) {
            props.store(out, "written by EmbeddedKafkaMain");
        }
        if (!Files.exists(dir.resolve("meta.properties"))) {
            int rc = StorageTool.execute(new String[] {"format", "-t", CLUSTER_ID, "-c", propsFile.toString()},
                    new PrintStream(System.out, true));
            if (rc != 0) {
                throw new IllegalStateException("formatting Kafka storage in " + dir + " failed: " + rc);
            }
        }
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props), Time.SYSTEM);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping Kafka broker on port {}", port);
            server.shutdown();
            server.awaitShutdown();
        }, "kafka-shutdown"));
        server.startup();
        log.info("Kafka broker ready on localhost:{} (data {})", port, dir);
        // not a log line: the launcher reads this marker from the child's standard output
        System.out.println(ChildProcess.READY_MARKER + " kafka localhost:" + port);
        ParentWatch.exitWhenParentGoes(a.flag("exit-with-parent"));
        server.awaitShutdown();
    }

    static Properties brokerProperties(int port, int controllerPort, Path dir) {
        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@localhost:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", dir.toString()),
                Map.entry("num.partitions", "3"),
                // the log cleaner's dedupe buffer is allocated (and zeroed) at start: Kafka's 128 MB default was half
                // this broker's heap and a sixth of the suite's memory; the compacted topics here are small
                Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024)),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "3"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("log.flush.interval.messages", "1")));
        return p;
    }

}
