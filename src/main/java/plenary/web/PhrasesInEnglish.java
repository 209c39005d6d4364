package plenary.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Iterator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import plenary.kernel.Phrase;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The API says a module's {@link Phrase} as an English sentence, as it always has: clients read words, not keys.
 * The OpenAPI document describes it as the string it is on the wire.
 */
@Configuration(proxyBeanMethods = false)
class PhrasesInEnglish {

    @Bean
    JacksonModule phrasesAsEnglishText(MessageSource bundles) {
        return new SimpleModule("plenary-phrases").addSerializer(Phrase.class, new ValueSerializer<Phrase>() {
            @Override
            public void serialize(Phrase phrase, JsonGenerator json, SerializationContext context) {
                json.writeString(bundles.getMessage(phrase, Locale.ENGLISH));
            }
        });
    }

    @Bean
    ModelConverter phraseSchemas() {
        return new ModelConverter() {
            @Override
            public @Nullable Schema<?> resolve(
                    AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
                var javaType = Json.mapper().constructType(type.getType());
                if (javaType != null && Phrase.class.equals(javaType.getRawClass())) {
                    return new StringSchema();
                }
                return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
            }
        };
    }
}
