package io.peoplesync.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The {@link EchoServer} in its own JVM; closing it closes the server's stdin and waits. */
final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static ServerProcess start() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-Xmx128m",
                "-Dsun.net.httpserver.nodelay=true",
                "-cp",
                classPath(),
                EchoServer.class.getName(),
                "0")
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    Process process = builder.start();
    BufferedReader stdout =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
    CompletableFuture<String> firstLine = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                firstLine.complete(stdout.readLine());
              } catch (IOException | RuntimeException e) {
                firstLine.completeExceptionally(e);
              }
            },
            "echo-server-port");
    reader.setDaemon(true);
    reader.start();
    String line;
    try {
      line = firstLine.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IOException("EchoServer did not report its port", e);
    }
    if (line == null) {
      int exit = process.waitFor();
      throw new IOException("EchoServer exited (status " + exit + ") before reporting a port");
    }
    try {
      return new ServerProcess(process, Integer.parseInt(line.trim()));
    } catch (NumberFormatException e) {
      process.destroyForcibly();
      throw new IOException("EchoServer printed " + line + " instead of its port", e);
    }
  }

  /**
   * Returns where this class was loaded from, then this JVM's class path: EchoServer needs only
   * itself and the JDK, and under exec:java or Surefire the class path property alone may not name
   * the project's classes.
   */
  private static String classPath() {
    String own = System.getProperty("java.class.path", "");
    CodeSource source = EchoServer.class.getProtectionDomain().getCodeSource();
    URL location = source == null ? null : source.getLocation();
    if (location == null) {
      return own;
    }
    try {
      String here = Path.of(location.toURI()).toString();
      return own.isEmpty() ? here : here + File.pathSeparator + own;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return own;
    }
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // Already closed: the server stops on its own or is destroyed below.
    }
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
