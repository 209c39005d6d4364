/** The rules that read a report, the text of uploaded documents, and the store of drafts. */
@NullMarked
package plenary.imports.internal;

import org.jspecify.annotations.NullMarked;
