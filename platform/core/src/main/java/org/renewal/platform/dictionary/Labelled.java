package org.renewal.platform.dictionary;

/** An enumeration constant with the labels people see: Chinese first, English beside it. */
public interface Labelled {

    Label label();

    default String labelZh() {
        return label().zh();
    }

    default String labelEn() {
        return label().en();
    }

    /** A label in Chinese and English. */
    record Label(String zh, String en) {
    }
}
