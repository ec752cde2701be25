/**
 * Enumerations shown to people (stages, categories, channels…) served as dictionaries of code,
 * Chinese label, English label and order, so front ends never hard-code labels.
 */
package org.renewal.platform.dictionary;
