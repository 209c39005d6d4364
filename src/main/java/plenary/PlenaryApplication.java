package plenary;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

/** Plenary: the working system of a track-two study group. */
@SpringBootApplication
public class PlenaryApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(PlenaryApplication.class);
        if (Boolean.getBoolean("plenary.startup.record")) {
            // With -Dplenary.startup.record=true and a flight recording (-XX:StartFlightRecording), each step of the
            // start (every bean made, and how long it took) is an event in the recording: where a slow start goes.
            application.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        application.run(args);
    }
}
