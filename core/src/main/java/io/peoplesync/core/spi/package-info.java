/**
 * The service-provider interface for peoplesync's own vendor modules: endpoint descriptions, calls,
 * client assembly, paging rules, auth strategies, validation.
 *
 * <p>It carries no compatibility promise to users: it may change in any release, together with the
 * vendor modules built on it. Users need only {@code io.peoplesync.core} and their vendor's
 * package.
 */
package io.peoplesync.core.spi;
