package plenary.institutions;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** An institution as its API gives one: the institution itself, and what refers to it as the reader may see it. */
record InstitutionDetail(@JsonUnwrapped InstitutionView institution, List<Mention> mentions) {}
