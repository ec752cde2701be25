/**
 * What every CSV and spreadsheet the suite writes goes through: cells a spreadsheet program would take for a
 * formula are written as text (OWASP, "CSV Injection").
 */
package org.renewal.platform.export;
