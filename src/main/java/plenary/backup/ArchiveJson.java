package plenary.backup;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON settings of archives, fixed here rather than taken from the application's mapper: an archive's
 * form must not change when the API's JSON settings do.
 */
final class ArchiveJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            // Decimals come back exactly as they were written.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private ArchiveJson() {}
}
