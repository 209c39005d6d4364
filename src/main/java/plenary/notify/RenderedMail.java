package plenary.notify;

/** A message as it goes out: its subject and its plain-text body. */
public record RenderedMail(String subject, String body) {}
