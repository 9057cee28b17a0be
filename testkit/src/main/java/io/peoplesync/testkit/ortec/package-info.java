/**
 * A stateful fake of the ORTEC Relevance User API ({@link io.peoplesync.testkit.ortec.FakeOrtec}):
 * one feed whose accounts are inserted, updated, upserted and deleted through {@code POST
 * /accounts}, with the vendor's body-borne {@code feed} and {@code apikey} checked on every
 * request.
 */
package io.peoplesync.testkit.ortec;
