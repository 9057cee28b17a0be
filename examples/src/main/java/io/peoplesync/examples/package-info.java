/**
 * Not published: the offline HR lifecycle demo (the provisioning layer over the five clients,
 * against the testkit's fakes) and the same layer pointed at the real vendors.
 */
package io.peoplesync.examples;
