/**
 * Rules of Chinese law and national standards that several services apply: owners' decisions by Civil
 * Code art. 278 ({@link org.renewal.platform.rules.OwnersVote}) and the unified social credit code
 * (GB 32100-2015, {@link org.renewal.platform.rules.CreditCode}).
 */
package org.renewal.platform.rules;
