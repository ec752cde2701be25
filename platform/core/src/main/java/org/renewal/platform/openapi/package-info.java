/** OpenAPI defaults: service info, the problem+json schema and the error responses every operation can give. */
package org.renewal.platform.openapi;
