-- The public register (§11, §12, §13.3): what has been released, one row per version put on it. A publication's
-- current version is the one its register_publication row names; the versions it superseded (§11.4: a tribunal's
-- amendment published in place of the original) stay as its history. Portable SQL: PostgreSQL and H2 in PostgreSQL mode.

create table register_publication (
    publication_id    varchar(100) primary key,
    case_id           varchar(100) not null,
    kind              varchar(40)  not null,
    current_version   integer      not null,
    first_released_on date         not null,
    release_year      integer      not null,
    last_changed_on   date         not null,
    first_recorded_at timestamp with time zone not null
);
-- the register's order: newest first
create index register_publication_newest on register_publication (first_released_on, first_recorded_at, publication_id);
create index register_publication_case on register_publication (case_id);

create table register_entry (
    publication_id     varchar(100) not null references register_publication (publication_id),
    version            integer      not null,
    change             varchar(20)  not null,
    changed_on         date         not null,
    supersedes_version integer,
    reason             text,
    title              text         not null,
    content            text         not null,
    recorded_at        timestamp with time zone not null,
    constraint register_entry_pk primary key (publication_id, version)
);
-- the feed's order: latest change first
create index register_entry_latest on register_entry (recorded_at);

-- The regimes of each publication's current version, for the register's regime filter.
create table register_regime (
    publication_id varchar(100) not null references register_publication (publication_id),
    regime_key     varchar(200) not null,
    constraint register_regime_pk primary key (publication_id, regime_key)
);
