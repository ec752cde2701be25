/**
 * Owners' votes (业主共同决定) by Civil Code art. 278 (民法典 第二百七十八条): who may vote (the owners of
 * the household roll, a multi-unit owner once by head with their areas summed), ballots, and the exact
 * thresholds of turnout and consent per matter.
 */
package org.renewal.plan.vote;
