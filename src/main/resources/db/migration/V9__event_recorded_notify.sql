-- Live updates (Subscription.eventRecorded): every new event record is announced on the channel
-- event_recorded, its id as the payload, to every instance of the service that LISTENs
-- (live/EventNotifications). PostgreSQL delivers a NOTIFY when the inserting transaction commits and
-- drops it on rollback, so a listener hears only of events that exist, however they were written:
-- through any instance's createEvent, or by SQL straight into the database.
-- On the base table: `event` is a view of the standing records (V7), and an insert through the view
-- lands here too.
create function event_recorded_notify() returns trigger
    language plpgsql as $$
begin
    perform pg_notify('event_recorded', new.id::text);
    return null;
end
$$;

create trigger event_recorded_notify after insert on event_record
    for each row execute function event_recorded_notify();
