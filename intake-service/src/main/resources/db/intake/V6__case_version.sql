-- Issue "Pipeline speed": every committed change of a case adds one to its row's version, under the row's lock, so a
-- replica that holds the case as it last committed it (RecentCases) can tell from the version read with the lock
-- whether anyone changed the case since, and read the whole case file only then.
alter table breach_case add column version bigint default 0 not null;
