-- Issue 10: the publication lifecycle. What each case's publications wait for (§11.4, §12.2), as one JSON document of
-- the domain's PublicationProgress; what publication needs of an assessment to say why (§5.8, §11.1); when a
-- publication was released, amended or withheld, and each version's state.
create table pub_progress (
    case_id  varchar(100) primary key,
    progress text         not null
);

alter table pub_assessment add column seriousness varchar(100);
alter table pub_assessment add column level_reason text;
alter table pub_assessed_penalty add column officer_of varchar(100);
alter table pub_assessed_penalty add column discounts text;

alter table publication add column state_reason text;
alter table publication add column state_on date;
alter table publication_version add column state varchar(20);
