package plenary.search.internal;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The index in its folder, its poller and its rebuild. */
@Configuration(proxyBeanMethods = false)
class SearchSetup {

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(@Value("${plenary.search.index-dir:${plenary.data-dir}/search}") Path folder) {
        return new SearchIndex(folder);
    }

    @Bean
    Follower follower(
            SearchIndex index, Changes changes, Entries entries, MemorandumEntries memoranda, QueryAnalysis analysis) {
        return new Follower(index, changes, entries, memoranda, analysis);
    }

    @Bean
    Rebuild rebuild(
            SearchIndex index, Changes changes, Entries entries, MemorandumEntries memoranda, Follower follower) {
        return new Rebuild(index, changes, entries, memoranda, follower);
    }
}
