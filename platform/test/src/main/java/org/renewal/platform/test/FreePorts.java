package org.renewal.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for processes a test starts (a broker, a store, the suite's applications), taken below Linux's
 * ephemeral range (32768–60999). A port the kernel hands out ({@code new ServerSocket(0)}) is free when it is
 * chosen, but any outgoing connection may take it as its local port before the process binds it — or while
 * a killed broker is down before its restart on the same port — and the process then fails to start.
 */
public final class FreePorts {

    private static final int FROM = 20_000;
    private static final int TO = 32_000;
    /** Handed out in this JVM: never handed out twice, even after the process that had it is gone. */
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** A port no one listens on now, not given before by this JVM. */
    public static int next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 500; attempt++) {
            int candidate = random.nextInt(FROM, TO);
            if (GIVEN.contains(candidate)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(candidate));
            } catch (IOException taken) {
                continue;
            }
            if (GIVEN.add(candidate)) {
                return candidate;
            }
        }
        throw new UncheckedIOException(new IOException("no free port between " + FROM + " and " + TO));
    }
}
