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
import java.util.ArrayList;
import java.util.List;

/** Starts classes of this module in fresh JVMs, with the same JDK and class path as this one. */
public final class Jvm {
  private Jvm() {}

  /** Returns the command line that runs {@code main} with the given JVM options and arguments. */
  public static List<String> command(Class<?> main, List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath(main));
    command.add(main.getName());
    command.addAll(List.of(args));
    return command;
  }

  /**
   * Runs {@code main} to its end and returns what it printed on stdout, line by line; its stderr
   * goes to this JVM's.
   *
   * @throws IOException if it cannot be started or exits with a status other than 0
   */
  public static List<String> run(Class<?> main, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command(main, jvmOptions, args))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
      }
    }
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IOException(main.getSimpleName() + " exited with status " + exit + ": " + lines);
    }
    return lines;
  }

  /**
   * Returns where {@code main} was loaded from, then this JVM's class path: under exec:java or
   * Surefire the class path property alone may not name the project's classes.
   */
  private static String classPath(Class<?> main) {
    String own = System.getProperty("java.class.path", "");
    CodeSource source = main.getProtectionDomain().getCodeSource();
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
}
