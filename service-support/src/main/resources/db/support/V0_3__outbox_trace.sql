-- Issue 11.3: the W3C traceparent of the work that appended the event (an HTTP request, or the consumed event that
-- caused it), so the relay puts it in the Kafka record's headers and the consumer continues the trace. Null when the
-- work was not traced.
alter table outbox_event add column trace_parent varchar(100);
