-- Who caused the latest assessment of each case (issue 9.3): the actor of the case event it was made from, as the
-- identity provider vouched for them at intake. Null when that event carried none (written before case events v4, or
-- with security off). The same three columns wherever a service keeps an actor (service-support's audit.Actor).
alter table case_assessment add column actor_subject varchar(255);
alter table case_assessment add column actor_name varchar(255);
alter table case_assessment add column actor_role varchar(255);
