package io.peoplesync.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A benchmark server in its own JVM, so that its CPU is not counted as the client's. The server's
 * first line on stdout is its port; closing this closes the server's stdin and waits for it to
 * stop.
 */
public final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Starts {@code main} (a class of this module with a {@code main(String[])}) in a new JVM with
   * {@code -Xmx128m} and TCP_NODELAY on the JDK server, and waits up to 30 s for it to print its
   * port.
   *
   * @throws IOException if it cannot be started or does not report a port
   */
  public static ServerProcess start(Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        Jvm.command(main, List.of("-Xmx128m", "-Dsun.net.httpserver.nodelay=true"), args);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
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
            "server-port");
    reader.setDaemon(true);
    reader.start();
    String line;
    try {
      line = firstLine.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IOException("the server did not report its port", e);
    }
    if (line == null) {
      int exit = process.waitFor();
      throw new IOException("the server exited (status " + exit + ") before reporting a port");
    }
    try {
      return new ServerProcess(process, Integer.parseInt(line.trim()));
    } catch (NumberFormatException e) {
      process.destroyForcibly();
      throw new IOException("the server printed " + line + " instead of its port", e);
    }
  }

  /** Returns the port the server listens on, on 127.0.0.1. */
  public int port() {
    return port;
  }

  /** Returns the server's process id. */
  public long pid() {
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
