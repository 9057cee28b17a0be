/**
 * Provisioning: keeps every configured vendor's user directory in step with the HR system of
 * record. Describe the people as {@link io.peoplesync.provisioning.Employee}s, configure a {@link
 * io.peoplesync.provisioning.Provisioner} with one {@link io.peoplesync.provisioning.Target} per
 * vendor and a {@link io.peoplesync.provisioning.StateStore}, then {@code plan} and {@code apply}
 * (full reconciliation) or {@code provision} one employee (event-driven).
 */
package io.peoplesync.provisioning;
