-- The institutions a proposal is about, chosen by the record keeper as an intervention's subjects are (issue 11):
-- an institution named here cannot be deleted while the proposal names it.
CREATE TABLE proposal_institution (
    proposal_id    BIGINT NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    idx            INT NOT NULL,
    institution_id BIGINT NOT NULL REFERENCES institution (id),
    PRIMARY KEY (proposal_id, idx)
);

CREATE INDEX proposal_institution_by_institution ON proposal_institution (institution_id);
