package plenary;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Plenary: the working system of a track-two study group. */
@SpringBootApplication
public class PlenaryApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlenaryApplication.class, args);
    }
}
