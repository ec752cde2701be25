/**
 * Import and export of the register as .xlsx and CSV — what district offices exchange. One row per
 * building; a community's columns repeat on each of its rows and district + street + name identify it.
 * Imports run as jobs with progress and a per-row report; valid communities are stored, invalid ones
 * are not, and importing the same file again changes nothing.
 */
package org.renewal.survey.transfer;
