-- The reason of an agreed extension is free text of up to 4,000 characters at intake (guidance-rules' InputLimits),
-- and a correction appends what it corrects: a deadline service that could not store it dead-lettered the milestone,
-- so the window never opened. Kept as text.
alter table deadline_extension alter column reason set data type text;
