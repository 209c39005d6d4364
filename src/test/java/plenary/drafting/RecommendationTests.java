package plenary.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A recommendation reads as a full sentence of the Study Group, built from the proposal, naming no one. */
class RecommendationTests {

    @Test
    void whatToDoIsRecommendedToTheRegionsGovernments() {
        assertThat(Recommendation.of("develop a regional cooperation mechanism on nuclear safety"))
                .isEqualTo("The Study Group recommends that the region's governments develop a regional cooperation "
                        + "mechanism on nuclear safety.");
    }

    @Test
    void aLeadingToIsDroppedAndAFinalStopNotDoubled() {
        assertThat(Recommendation.of(" To conclude a Northeast Asia FTA. "))
                .isEqualTo("The Study Group recommends that the region's governments conclude a Northeast Asia FTA.");
    }

    @Test
    void aProposalRecordedAsASentenceIsRecommendedAsItStands() {
        assertThat(Recommendation.of("The Six Party Talks should be “embedded” into the East Asia Summit"))
                .isEqualTo("The Study Group recommends: The Six Party Talks should be “embedded” into the East Asia "
                        + "Summit.");
    }
}
