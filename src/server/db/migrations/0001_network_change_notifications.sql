-- Every committed change to a network notifies the instances that cache networks (platform/bus.ts),
-- whichever process or tool made it.
CREATE FUNCTION verkosto_notify_network_change() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('verkosto_networks', COALESCE(OLD.slug, NEW.slug));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER networks_notify_change
  AFTER INSERT OR UPDATE OR DELETE ON networks
  FOR EACH ROW EXECUTE FUNCTION verkosto_notify_network_change();
