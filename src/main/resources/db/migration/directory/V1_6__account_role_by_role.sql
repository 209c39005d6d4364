-- A committee's representatives are found from the role's few holders, not from the committee's many people
-- (PersonRepository.BY_COMMITTEE_AND_ROLE).
CREATE INDEX account_role_by_role ON account_role (role);
