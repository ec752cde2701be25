package org.renewal.platform.embedded;

import java.io.IOException;

/**
 * Ends a child process when the process that started it goes away (its stdin pipe closes), so a
 * test JVM that dies never leaves a broker or store behind.
 */
final class ParentWatch {

    private ParentWatch() {
    }

    static void exitWhenParentGoes(boolean enabled) {
        if (!enabled) {
            return;
        }
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // drain until end of stream
                }
            } catch (IOException ignored) {
                // the pipe broke: the parent is gone
            }
            System.exit(0);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
