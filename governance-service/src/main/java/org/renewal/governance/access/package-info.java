/** Role rules of governance-service. */
package org.renewal.governance.access;
