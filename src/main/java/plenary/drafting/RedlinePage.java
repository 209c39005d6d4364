package plenary.drafting;

import org.springframework.web.util.HtmlUtils;
import plenary.documents.DocumentRedline;

/** A redline as a page of its own, to open in a browser or save: the memorandum's title, the versions, the text. */
final class RedlinePage {

    private RedlinePage() {}

    static String of(String title, DocumentRedline redline) {
        String heading =
                HtmlUtils.htmlEscape(title) + ": version " + redline.to() + " against version " + redline.from();
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + heading
                + "</title></head>\n<body><h1>" + heading + "</h1>\n" + redline.html() + "\n</body></html>\n";
    }
}
