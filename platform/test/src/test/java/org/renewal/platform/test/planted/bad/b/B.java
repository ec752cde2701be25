package org.renewal.platform.test.planted.bad.b;

import org.renewal.platform.test.planted.bad.a.A;

/** Planted: the other half of the cycle. */
public class B {

    public A a() {
        return null;
    }
}
