/** Role rules of funding-service. */
package org.renewal.funding.access;
