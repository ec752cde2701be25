package org.renewal.platform.embedded;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} and {@code --flag} arguments of the embedded mains. */
record LauncherArgs(Map<String, String> values) {

    static LauncherArgs parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name, got " + args[i]);
            }
            String name = args[i].substring(2);
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            values.put(name, hasValue ? args[++i] : "true");
        }
        return new LauncherArgs(values);
    }

    String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int intValue(String name, int fallback) {
        return Integer.parseInt(value(name, Integer.toString(fallback)));
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(value(name, "false"));
    }
}
