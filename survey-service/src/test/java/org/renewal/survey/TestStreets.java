package org.renewal.survey;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Street codes for tests that count what one street holds: the integration tests of this module share one store,
 * so a street chosen at random was now and then another test's too (two random picks among 900 codes collide in a
 * few runs in a hundred). Each call gives a code of Tiexi district (220302) no other test in this JVM was given.
 */
public final class TestStreets {

    private static final AtomicInteger NEXT = new AtomicInteger(100);

    private TestStreets() {
    }

    public static String next() {
        int street = NEXT.getAndIncrement();
        if (street > 999) {
            throw new IllegalStateException("no street codes left for tests");
        }
        return "220302" + street;
    }
}
