package plenary.circulation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import plenary.documents.Typesetter;
import plenary.drafting.Memoranda;

/** The compilation text of a frozen version as a page: the version with every open bracket and its supporters. */
@Controller
@RequestMapping("/memoranda/{id}/compilation")
class CompilationPages {

    private final Compilations compilations;
    private final Memoranda memoranda;
    private final Typesetter typesetter;

    CompilationPages(Compilations compilations, Memoranda memoranda, Typesetter typesetter) {
        this.compilations = compilations;
        this.memoranda = memoranda;
        this.typesetter = typesetter;
    }

    @GetMapping
    String show(@PathVariable long id, @RequestParam int version, Model model) {
        Compilations.Compiled compiled = compilations.compile(id, version);
        model.addAttribute("memorandum", memoranda.find(id));
        model.addAttribute("compilation", compiled.view());
        model.addAttribute("html", typesetter.htmlFragment(compiled.document(), 2));
        return "circulation/compilation";
    }
}
