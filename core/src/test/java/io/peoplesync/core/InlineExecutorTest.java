package io.peoplesync.core;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.fakevendor.FakeUser;
import io.peoplesync.core.fakevendor.FakeVendorClient;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client's own {@code HttpClient} runs the JDK client's tasks inline: no callback of an
 * asynchronous call runs on the selector thread, and concurrent calls, blocking and asynchronous,
 * plain and over TLS, all complete.
 */
class InlineExecutorTest {
  private static final String PASSWORD = "changeit";

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(
              wireMockConfig()
                  .dynamicPort()
                  .dynamicHttpsPort()
                  .keystorePath(localhostKeystore().toString())
                  .keystorePassword(PASSWORD)
                  .keyManagerPassword(PASSWORD))
          .build();

  // WireMock's own certificate names no host; the JDK client checks the name even when it trusts
  // the certificate, so the test makes one for localhost with the JDK's keytool.
  private static Path localhostKeystore() {
    try {
      Path dir = Files.createTempDirectory("inline-tls");
      Path store = dir.resolve("localhost.jks");
      Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
      Process p =
          new ProcessBuilder(
                  keytool.toString(),
                  "-genkeypair",
                  "-alias",
                  "localhost",
                  "-keyalg",
                  "RSA",
                  "-keysize",
                  "2048",
                  "-validity",
                  "2",
                  "-dname",
                  "CN=localhost",
                  "-ext",
                  "SAN=dns:localhost,ip:127.0.0.1",
                  "-storetype",
                  "JKS",
                  "-keystore",
                  store.toString(),
                  "-storepass",
                  PASSWORD,
                  "-keypass",
                  PASSWORD)
              .redirectErrorStream(true)
              .start();
      p.getInputStream().transferTo(OutputStream.nullOutputStream());
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("keytool failed");
      }
      store.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return store;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static URI plain() {
    return URI.create("http://localhost:" + wm.getPort());
  }

  @Test
  void theOwnClientRunsTheJdkClientsTasksOnTheThreadThatHandsThemOver() {
    HttpClient http = FakeVendorClient.builder().baseUri(plain()).options().httpClient();
    assertThat(http.executor()).isPresent();
    AtomicReference<Thread> ran = new AtomicReference<>();
    http.executor().get().execute(() -> ran.set(Thread.currentThread()));
    assertThat(ran.get()).isSameAs(Thread.currentThread());
  }

  @Test
  void anAsyncCallsCallbacksNeverRunOnTheSelectorThread() {
    stubUsers();
    FakeVendorClient client = FakeVendorClient.builder().baseUri(plain()).build();
    List<CompletableFuture<String>> threads = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      threads.add(client.getAsync("u" + i).thenApply(u -> Thread.currentThread().getName()));
    }
    for (CompletableFuture<String> t : threads) {
      assertThat(t.join()).doesNotContain("SelectorManager");
    }
  }

  @Test
  void concurrentBlockingAndAsyncCallsCompleteOnPlainHttp() throws Exception {
    stubUsers();
    runConcurrently(FakeVendorClient.builder().baseUri(plain()).build());
  }

  @Test
  void concurrentBlockingAndAsyncCallsCompleteOverTls() throws Exception {
    stubUsers();
    // Built as the client's own one is, with an inline executor, but trusting WireMock's
    // self-signed certificate; HTTP/2 where the server offers it.
    HttpClient tls =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(Runnable::run)
            .sslContext(trustingEveryone())
            .build();
    runConcurrently(
        FakeVendorClient.builder()
            .baseUri(URI.create("https://localhost:" + wm.getHttpsPort()))
            .httpClient(tls)
            .build());
  }

  private static void runConcurrently(FakeVendorClient client) throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try {
      List<Future<FakeUser>> blocking = new ArrayList<>();
      List<CompletableFuture<FakeUser>> async = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        String id = "u" + i;
        blocking.add(callers.submit(() -> client.get(id)));
        async.add(client.getAsync(id));
      }
      for (int i = 0; i < 80; i++) {
        assertThat(blocking.get(i).get(30, TimeUnit.SECONDS).externalId()).isEqualTo("u" + i);
        assertThat(async.get(i).get(30, TimeUnit.SECONDS).externalId()).isEqualTo("u" + i);
      }
    } finally {
      callers.shutdownNow();
    }
  }

  private static void stubUsers() {
    wm.stubFor(
        get(urlPathMatching("/users/u[0-9]+"))
            .willReturn(
                okJson("{\"external_id\":\"{{request.pathSegments.[1]}}\"}")
                    .withTransformers("response-template")));
  }

  private static SSLContext trustingEveryone() throws Exception {
    TrustManager[] all = {
      new X509TrustManager() {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
          return new X509Certificate[0];
        }
      }
    };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, all, new SecureRandom());
    return context;
  }
}
