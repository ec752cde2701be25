/** Events of project-service: construction projects from approval to handover. */
package org.renewal.contracts.project;
