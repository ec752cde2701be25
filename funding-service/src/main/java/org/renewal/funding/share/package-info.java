/** Resident shares (居民出资分摊): splitting an amount among households exactly, in whole fen. */
package org.renewal.funding.share;
