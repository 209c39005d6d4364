package plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import plenary.PlenaryIntegrationTest;

/** Once the application is ready, a sample has gone through every typesetter, before any reader asked. */
@PlenaryIntegrationTest
class TypesetterWarmUpTests {

    @Autowired
    TypesetterWarmUp warmUp;

    @Test
    void theApplicationTypesetsASampleInEveryFormatOnceReady() throws Exception {
        Map<DocumentFormat, byte[]> files = warmUp.typeset().get(2, TimeUnit.MINUTES);

        assertThat(files).containsOnlyKeys(DocumentFormat.values());
        assertThat(text(files, DocumentFormat.PDF)).startsWith("%PDF-");
        assertThat(text(files, DocumentFormat.DOCX)).startsWith("PK");
        assertThat(text(files, DocumentFormat.HTML))
                .startsWith("<!DOCTYPE html>")
                .contains("energy security");
        assertThat(text(files, DocumentFormat.MD))
                .startsWith("# Report of a meeting\n")
                // Markdown escapes the brackets, which would otherwise make a link.
                .contains("\\[a dialogue\\] (CSCAP Japan) \\[a regime\\]");
        assertThat(text(files, DocumentFormat.AKN)).contains("<debateReport name=\"meetingReport\">");
    }

    private static String text(Map<DocumentFormat, byte[]> files, DocumentFormat format) {
        byte[] file = files.get(format);
        return file == null ? "" : new String(file, StandardCharsets.UTF_8);
    }
}
