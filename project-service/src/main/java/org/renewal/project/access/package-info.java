/** Role rules of project-service. */
package org.renewal.project.access;
