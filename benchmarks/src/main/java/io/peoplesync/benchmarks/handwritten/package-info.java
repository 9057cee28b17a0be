/**
 * The hand-written baseline every ratio is measured against: what a careful user writes without the
 * SDK, with one shared {@link java.net.http.HttpClient}, one Jackson {@code ObjectMapper} (and one
 * {@code XmlMapper} for Publisher's XML) and plain classes with the same fields as the SDK's
 * models, unknown fields kept in a map like the models' extras. {@link
 * io.peoplesync.benchmarks.handwritten.HandWrittenVendors} holds every call; the {@code Plain*}
 * classes are the bodies.
 */
package io.peoplesync.benchmarks.handwritten;
