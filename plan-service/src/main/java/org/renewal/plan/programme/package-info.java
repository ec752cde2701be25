/**
 * The programme (督导考核): a read model of every community's stage kept from all services' events
 * ({@code ProgrammeReadModel}, forward only per source aggregate) with each community's timeline; the annual
 * programme and its batch ({@code ProgrammeService}, the rule in {@code BatchSelection}); the overview in the four
 * units against the year's targets ({@code ProgrammeFigures}, {@code ProgrammeSums}); supervision — what is late and
 * whose duty it is, rankings and the statistical return ({@code Supervision}, {@code StatisticalReturn}).
 */
package org.renewal.plan.programme;
