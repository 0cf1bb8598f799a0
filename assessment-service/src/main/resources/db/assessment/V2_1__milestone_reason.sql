-- The reason an extension was agreed: the shared window rules grant an extension only with its reason (§4.6, §6.9,
-- §7.1, §8.1, §12.2), and the settlement discount replays the windows as the deadline service runs them.
-- Every milestone record is now kept in the order recorded, corrected ones included (a correction no longer deletes
-- the row of the milestone it corrects).
alter table case_milestone add column reason text;
