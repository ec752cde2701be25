/**
 * A project's funding plan and its double-entry ledger in integer fen (资金筹措): planned sources by
 * channel and payer, pledges, receipts, disbursements to units, refunds, reversing corrections,
 * resident shares and the reward instead of subsidy.
 */
package org.renewal.funding.ledger;
