/** Wires the platform into every service (auto-configuration) and supplies overridable defaults. */
package org.renewal.platform.config;
