package plenary.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import plenary.kernel.Identifier;

/** Describes every id record in the OpenAPI document as what it is on the wire: a 64-bit integer. */
@Component
class IdentifierSchemas implements ModelConverter {

    @Override
    public @Nullable Schema<?> resolve(
            AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        var javaType = Json.mapper().constructType(type.getType());
        if (javaType != null && Identifier.class.isAssignableFrom(javaType.getRawClass())) {
            return new IntegerSchema().format("int64");
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
