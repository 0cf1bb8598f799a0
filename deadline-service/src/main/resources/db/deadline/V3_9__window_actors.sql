-- Who caused what happened to each window (issue 9.3): the actor of the case event (or of the CaseAssessed) that
-- caused it, as the identity provider vouched for them at intake. Null where the cause named nobody: the clock
-- (an expiry), or an event written before case events v4 or with security off. Three columns per actor, the same
-- wherever a service keeps one (service-support's audit.Actor).
-- opening_actor: recorded the milestone that opened the window; state_actor: caused its current state (MET, CANCELLED).
alter table deadline_window add column opening_actor_subject varchar(255);
alter table deadline_window add column opening_actor_name varchar(255);
alter table deadline_window add column opening_actor_role varchar(255);
alter table deadline_window add column state_actor_subject varchar(255);
alter table deadline_window add column state_actor_name varchar(255);
alter table deadline_window add column state_actor_role varchar(255);
-- actor: recorded the milestone that agreed the extension.
alter table deadline_extension add column actor_subject varchar(255);
alter table deadline_extension add column actor_name varchar(255);
alter table deadline_extension add column actor_role varchar(255);
