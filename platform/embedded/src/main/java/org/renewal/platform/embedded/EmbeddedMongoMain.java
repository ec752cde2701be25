package org.renewal.platform.embedded;

import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the mongo-java-server MongoDB wire-protocol server with its H2 MVStore file backend (as
 * {@link IndexedH2Backend}: queries naming {@code _id} use the primary index), so data and unique
 * indexes survive a restart.
 *
 * <p>The store's page cache is H2's default of 16 MB unless {@code --cache-mb} says otherwise; larger caches
 * were tried at national scale and filled the heap (docs/performance.md, changes 7 and 12).
 *
 * <pre>java -cp ... org.renewal.platform.embedded.EmbeddedMongoMain --port 27017 --dir data/mongo [--cache-mb 256]</pre>
 */
public final class EmbeddedMongoMain {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoMain.class);

    private EmbeddedMongoMain() {
    }

    public static void main(String[] args) throws Exception {
        LauncherArgs a = LauncherArgs.parse(args);
        int port = a.intValue("port", 27017);
        Path dir = Path.of(a.value("dir", "data/mongo")).toAbsolutePath();
        Files.createDirectories(dir);
        int cacheMb = a.intValue("cache-mb", 16);
        H2Backend backend = new IndexedH2Backend(dir.resolve("renewal.mv").toString(), cacheMb);
        MongoServer server = new MongoServer(backend);
        server.bind("localhost", port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping MongoDB wire server on port {}", port);
            server.shutdown();
        }, "mongo-shutdown"));
        log.info("MongoDB wire server ready on localhost:{} (data {}, page cache {} MB)", port, dir, cacheMb);
        // not a log line: the launcher reads this marker from the child's standard output
        System.out.println(ChildProcess.READY_MARKER + " mongo localhost:" + port);
        ParentWatch.exitWhenParentGoes(a.flag("exit-with-parent"));
        Thread.currentThread().join();
    }
}
