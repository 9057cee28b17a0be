/**
 * JMH microbenchmarks of the codecs alone, no network: the SDK's codec reading or writing the
 * vendor models against one plain {@code ObjectMapper} with the hand-written classes. Run {@code
 * java -cp ... org.openjdk.jmh.Main CodecBenchmarks -prof gc} (see the module README).
 */
package io.peoplesync.benchmarks.codecs;
