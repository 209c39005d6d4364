package plenary.kernel;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * Words a module says to people, made in Java rather than written in a template: the key of an interface text in the
 * modules' message bundles and its arguments. Pages say a phrase in the reader's language, the API in English; an
 * argument may be a phrase itself ("objects" inside "Japan objects; the rule is full consensus"), said in the same
 * language. A module keeps its words in its own bundle, so the key starts with the module's name.
 */
public record Phrase(String key, List<Object> args) implements MessageSourceResolvable {

    public Phrase {
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    @Override
    public @Nullable String getDefaultMessage() {
        return null;
    }
}
