/**
 * Implementation details shared by the runtime's packages. Not an API: anything here may change
 * in any release.
 */
package dev.tracing4j.runtime.internal;
