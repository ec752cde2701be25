package org.renewal.platform.test.planted.bad.a;

import org.renewal.platform.test.planted.bad.b.B;

/** Planted: one half of a cycle between features. */
public class A {

    public B b() {
        return new B();
    }
}
