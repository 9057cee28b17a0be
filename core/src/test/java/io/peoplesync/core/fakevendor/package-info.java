/**
 * A small, runnable example vendor built only on the core's SPI: the fixture most core tests (and
 * other modules' tests, through the test-jar) drive the pipeline with.
 */
@PeoplesyncStyle
package io.peoplesync.core.fakevendor;

import io.peoplesync.core.PeoplesyncStyle;
