-- Every committed change to a network's events or programme tells the instances that cache them
-- (events.cache.ts). Identical notifications in one transaction are delivered once.
CREATE FUNCTION verkosto_notify_event_change() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('verkosto_events', COALESCE(NEW.network_id, OLD.network_id)::text);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER events_notify_change
  AFTER INSERT OR UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION verkosto_notify_event_change();
--> statement-breakpoint
CREATE TRIGGER themes_notify_change
  AFTER INSERT OR UPDATE OR DELETE ON themes
  FOR EACH ROW EXECUTE FUNCTION verkosto_notify_event_change();
