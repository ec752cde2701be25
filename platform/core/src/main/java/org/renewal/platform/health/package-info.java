/** Health checks that work against both real MongoDB and the embedded wire-protocol server. */
package org.renewal.platform.health;
