-- Who caused each version of a publication (issue 9.3): the actor of the consumed event (a case event or a
-- CaseAssessed) whose change made the draft, as the identity provider vouched for them at intake. Null when that event
-- named nobody. The same three columns wherever a service keeps an actor (service-support's audit.Actor).
alter table publication_version add column actor_subject varchar(255);
alter table publication_version add column actor_name varchar(255);
alter table publication_version add column actor_role varchar(255);
