/** Events of governance-service: owners' committees, party branches, property management, handover readiness. */
package org.renewal.contracts.governance;
