-- Idempotent consumption (service-support): an event id is recorded in the same transaction as its effects.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(100) not null,
    processed_at timestamp with time zone not null,
    primary key (consumer, event_id)
);
