package plenary;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plenary started as its own process, the way an operator runs it, so that a test can kill it without warning
 * (SIGKILL: no shutdown hook, no flush) and start it again on the same data.
 */
final class RunningPlenary implements AutoCloseable {

    private static final Pattern ADDRESS = Pattern.compile("Plenary is running at http://localhost:(\\d+)/");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final int port;
    private final List<String> output;

    private RunningPlenary(Process process, int port, List<String> output) {
        this.process = process;
        this.port = port;
        this.output = output;
    }

    /** Starts Plenary with these settings (as command-line properties, which win over every file). */
    static RunningPlenary start(List<String> settings, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                javaExecutable(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                mainClassPath(),
                PlenaryApplication.class.getName(),
                "--server.port=0",
                "--logging.file.name=" + log));
        command.addAll(settings);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> awaitPort(process, output));
        try {
            return new RunningPlenary(process, port.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS), output);
        } catch (Exception e) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("Plenary did not start: " + String.join("\n", tail(output)), e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** SIGKILL, as a crash or an out-of-memory killer would: the process gets no chance to finish anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static int awaitPort(Process process, List<String> output) {
        // Not closed here: once the address is read, another thread goes on reading until the process ends.
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                synchronized (output) {
                    output.add(line);
                }
                Matcher address = ADDRESS.matcher(line);
                if (address.find()) {
                    drainInBackground(lines);
                    return Integer.parseInt(address.group(1));
                }
            }
            throw new IllegalStateException("Plenary stopped before it answered");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // The child blocks once its output pipe is full, so its output is read (and dropped) until it ends.
    private static void drainInBackground(BufferedReader lines) {
        Thread drain = new Thread(() -> {
            try {
                while (lines.readLine() != null) {
                    // the log file keeps what matters
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
    }

    private static List<String> tail(List<String> output) {
        synchronized (output) {
            return new ArrayList<>(output.subList(Math.max(0, output.size() - 40), output.size()));
        }
    }

    /** The application's own class path: without the test classes, whose configuration would replace its own. */
    private static String mainClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
