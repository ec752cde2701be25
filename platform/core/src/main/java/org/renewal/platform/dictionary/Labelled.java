package org.renewal.platform.dictionary;

/** An enumeration constant with the labels people see: Chinese first, English beside it. */
public interface Labelled {

    String labelZh();

    String labelEn();
}
