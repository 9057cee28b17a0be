package io.peoplesync.benchmarks.calls;

import io.peoplesync.core.ClientBuilder;
import io.peoplesync.core.spi.ApiClient;
import java.util.Optional;

/** A vendor-style builder over the core's shared settings, as the core's fake vendor has. */
final class BenchClientBuilder extends ClientBuilder<BenchClientBuilder> {
  ApiClient build() {
    return ApiClient.builder(options(Optional.empty())).build();
  }
}
