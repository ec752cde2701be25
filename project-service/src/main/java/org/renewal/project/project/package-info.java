/**
 * Construction projects (组织实施 / 竣工验收): created from an approved plan; participating units and
 * tendering; progress per plan item with late milestones; residents' supervision remarks (建设共管);
 * quality and safety inspections; joint completion acceptance; the city's comprehensive evaluation;
 * handover to the street and community once governance is in place.
 */
package org.renewal.project.project;
