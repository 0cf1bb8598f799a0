-- Issue 10.6: what a review or the tribunal decided about the penalty (§8.2, chapter 9, §11.4), and the publication
-- steps the authority records (§11.3, §12.2): decisions, Disclosure notices, the officer's text, text shared, release.
alter table procedure_milestone add column penalty_outcome varchar(30);

create table publication_step (
    id                   varchar(36)   primary key,
    case_id              varchar(36)   not null references breach_case (id),
    seq                  integer       not null,
    step_kind            varchar(40)   not null,
    scope                varchar(30)   not null,
    choice               varchar(40),
    reason               varchar(4000),
    coverage             varchar(30),
    text                 varchar(4000),
    actor                varchar(200),
    notice_milestone_id  varchar(36),
    on_date              date          not null,
    named                boolean,
    recorded_at          timestamp with time zone not null
);
create index publication_step_by_case on publication_step (case_id, seq);
