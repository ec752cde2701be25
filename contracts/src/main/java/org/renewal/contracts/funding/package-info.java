/** Codes of the funding domain shared by the plan and funding services. */
package org.renewal.contracts.funding;
